import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useCoursePage } from '@/features/course/api/get-course-page';
import { CourseHero } from '@/features/course/components/course-hero';
import { CourseIntro } from '@/features/course/components/course-intro';
import { CourseKnowledgeGraph } from '@/features/course/components/course-knowledge-graph';
import { CourseKnowledgeQa } from '@/features/course/components/course-knowledge-qa';
import { CourseOutline } from '@/features/course/components/course-outline';
import { CourseSkillPoints } from '@/features/course/components/course-skill-points';
import { PrerequisiteCourses } from '@/features/course/components/prerequisite-courses';
import { TeacherTeam } from '@/features/course/components/teacher-team';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';

/** `/courses/:id`: the public course page; unknown or unpublished courses get the 404 page. */
export function CourseRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoursePage(id);
  const course = query.data?.course;
  useDocumentTitle(course ? t('course.documentTitle', { name: course.name }) : undefined);

  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!course) return <NotFoundView />;

  return (
    <div data-testid="course-page" aria-busy={query.isFetching}>
      <CourseHero course={course} />
      <div className="zyk-container zyk-page zyk-course-layout">
        <div className="zyk-course-layout__main">
          <CourseIntro html={course.intro} />
          <CourseOutline outline={course.outline} />
          <CourseKnowledgeGraph courseId={course.id} />
          <CourseKnowledgeQa courseId={course.id} />
          <CourseSkillPoints skillPoints={course.skillPoints} />
        </div>
        <aside className="zyk-course-layout__side">
          <TeacherTeam teachers={course.teachers} />
          <PrerequisiteCourses courses={course.prerequisites} />
        </aside>
      </div>
    </div>
  );
}
