import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import type { CoursePageData } from '../api/get-course-page';

/** Courses to take before this one, as links. */
export function PrerequisiteCourses({ courses }: { courses: CoursePageData['prerequisites'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('course.prerequisites')} id="prerequisites">
      {courses.length ? (
        <ul className="zyk-link-list" data-testid="prerequisites">
          {courses.map((course) => (
            <li key={course.id}>
              <Link to={`/courses/${course.id}`} className="zyk-link-list__link">
                <span>{course.name}</span>
                <span className={`zyk-kind zyk-kind--${course.kind.toLowerCase()}`}>{t(`courseKind.${course.kind}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.noPrerequisites')}</p>
      )}
    </Section>
  );
}
