import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';
import type { CoursePageData } from '../api/get-course-page';

/** The course outline: numbered units with summary and hours. */
export function CourseOutline({ outline }: { outline: CoursePageData['outline'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('course.outline')} id="outline">
      {outline.length ? (
        <ol className="zyk-outline" data-testid="course-outline">
          {outline.map((item, index) => (
            <li className="zyk-outline__item" key={item.id}>
              <span className="zyk-outline__index" aria-hidden="true">
                {String(index + 1).padStart(2, '0')}
              </span>
              <div className="zyk-outline__body">
                <div className="zyk-outline__head">
                  <h3 className="zyk-outline__title">{item.title}</h3>
                  <span className="zyk-outline__hours">{t('course.outlineHours', { count: item.hours })}</span>
                </div>
                {item.summary ? <p className="zyk-outline__summary">{item.summary}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="zyk-muted">{t('course.noOutline')}</p>
      )}
    </Section>
  );
}
