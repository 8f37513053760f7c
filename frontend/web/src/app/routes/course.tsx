import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useCoursePage } from '@/features/course/api/get-course-page';
import { CourseKnowledgeGraph } from '@/features/course/components/course-knowledge-graph';
import { CourseKnowledgeQa } from '@/features/course/components/course-knowledge-qa';
import { CourseStructureOutline } from '@/features/course/components/course-structure-outline';
import { CourseSkillPoints } from '@/features/course/components/course-skill-points';
import { PrerequisiteCourses } from '@/features/course/components/prerequisite-courses';
import { CourseSelfTests } from '@/features/self-test/components/course-self-tests';
import { CourseBuildLink } from '@/features/course-builder/components/course-build-link';
import { PointTagging } from '@/features/point-tagging/components/point-tagging';
import { PortalEditLink } from '@/features/course-portal/components/portal-edit-link';
import { PortalPreviewBanner } from '@/features/course-portal/components/portal-preview-banner';
import { portalLayout } from '@/features/course-portal/components/portal-templates';
import { usePortalView } from '@/features/course-portal/hooks/use-portal-view';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';

/**
 * `/courses/:id`: the public course page in its portal template (classic, visual or compact; M6);
 * `?preview=draft` shows the team's unpublished change. Unknown or unpublished courses get the 404 page.
 * The sections come from features/course; each template places them.
 */
export function CourseRoute() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const query = useCoursePage(id);
  const preview = search.get('preview') === 'draft';
  const view = usePortalView(id, preview);
  const course = query.data?.course;
  useDocumentTitle(course ? t('course.documentTitle', { name: course.name }) : undefined);

  if (query.isPending || (course && view.isPending)) return <PageSkeleton cards={2} />;
  if (query.isError) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!course) return <NotFoundView />;
  if (!view.portal) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;

  const Template = portalLayout(view.portal.template);
  return (
    <div data-testid="course-page" aria-busy={query.isFetching || view.isFetching}>
      <Template
        course={course}
        portal={view.portal}
        notice={preview ? <PortalPreviewBanner courseId={course.id} status={view.draft?.status ?? null} updatedAt={view.draft?.updatedAt} /> : null}
        tools={
          <>
            {view.draft ? <PortalEditLink courseId={course.id} status={view.draft.status} /> : null}
            <CourseBuildLink courseId={course.id} />
          </>
        }
        sections={{
          outline: <CourseStructureOutline courseId={course.id} outline={course.outline} />,
          graph: (
            <CourseKnowledgeGraph
              courseId={course.id}
              pointTools={(pointId) => <PointTagging key={pointId} courseId={course.id} pointId={pointId} />}
            />
          ),
          qa: (
            <>
              <CourseKnowledgeQa courseId={course.id} />
              <CourseSelfTests courseId={course.id} canEdit={Boolean(view.draft)} />
            </>
          ),
          skills: <CourseSkillPoints skillPoints={course.skillPoints} />,
          prerequisites: <PrerequisiteCourses courses={course.prerequisites} />,
        }}
      />
    </div>
  );
}
