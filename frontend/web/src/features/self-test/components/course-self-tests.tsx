import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import { useMe } from '@/hooks/use-me';
import { useCourseSelfTests } from '../api/self-test';
import './self-test.css';

/**
 * 自测 on the course page (issue 7: L5): the open self-tests with the viewer's attempts and best score; a
 * link to the team's paper editor for those who edit the course. Hidden when there is nothing to show.
 */
export function CourseSelfTests({ courseId, canEdit = false }: { courseId: string; canEdit?: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const query = useCourseSelfTests(courseId, me?.id ?? null);
  const tests = query.data ?? [];
  if (!tests.length && !canEdit) return null;
  return (
    <div data-testid="course-self-tests">
      <Section
        id="self-tests"
        title={t('selfTest.courseHeading')}
        extra={
          canEdit ? (
            <Link to={`/courses/${courseId}/papers`} className="zyk-button-link" data-testid="course-papers-link">
              {t('selfTest.manage')}
            </Link>
          ) : null
        }
      >
        {tests.length === 0 ? <p className="zyk-muted">{t('selfTest.noneOpen')}</p> : null}
        <ul className="zyk-st__list">
          {tests.map((paper) => (
            <li key={paper.id} data-testid="course-self-test">
              <Link className="zyk-st__list-title" to={`/self-tests/${paper.id}`}>
                {paper.title}
              </Link>
              {paper.module ? <Tag>{paper.module.title}</Tag> : null}
              <span className="zyk-muted">{t('selfTest.meta', { count: paper.itemCount, total: paper.totalScore })}</span>
              {me ? (
                <span className="zyk-muted" data-testid="course-self-test-mine">
                  {paper.myBestScore !== null && paper.myBestScore !== undefined
                    ? t('selfTest.mineBest', { count: paper.myAttemptCount, score: paper.myBestScore })
                    : t('selfTest.mine', { count: paper.myAttemptCount })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
