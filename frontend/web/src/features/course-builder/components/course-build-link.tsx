import { BuildOutlined, FileTextOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCourseBuildAccess } from '../api/course-structure';
import './course-builder.css';

/**
 * 组课 on the course page, for the course team and editors only (the API tells who may build it), with
 * how many items lost their resource.
 */
export function CourseBuildLink({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const access = useCourseBuildAccess(courseId);
  const affected = access.data?.affectedItems;
  if (!affected) return null;
  return (
    <div className="zyk-card zyk-cb-entry" data-testid="course-build-entry">
      <Link to={`/courses/${courseId}/build`} className="zyk-button-link zyk-cb-entry__link" data-testid="course-build-link">
        <BuildOutlined aria-hidden /> {t('courseBuilder.entry.link')}
      </Link>{' '}
      <Link to={`/courses/${courseId}/questions`} className="zyk-button-link zyk-cb-entry__link" data-testid="course-question-bank-link">
        <FileTextOutlined aria-hidden /> {t('courseBuilder.entry.questionBank')}
      </Link>
      <p className="zyk-muted zyk-cb-entry__text">{t('courseBuilder.entry.text')}</p>
      {affected.length ? (
        <p className="zyk-cb-entry__warn" data-testid="course-build-affected">
          <WarningOutlined aria-hidden /> {t('courseBuilder.entry.affected', { count: affected.length })}
        </p>
      ) : null}
    </div>
  );
}
