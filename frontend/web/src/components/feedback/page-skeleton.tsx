import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder while a page loads: a hero band and a few content cards. */
export function PageSkeleton({ cards = 2 }: { cards?: number }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-live="polite" data-testid="page-skeleton">
      <span className="zyk-visually-hidden">{t('common.loading')}</span>
      <div className="zyk-hero zyk-hero--skeleton">
        <div className="zyk-container">
          <Skeleton active title={{ width: '40%' }} paragraph={{ rows: 3, width: ['30%', '80%', '60%'] }} />
        </div>
      </div>
      <div className="zyk-container zyk-page">
        {Array.from({ length: cards }, (_, i) => (
          <div className="zyk-card" key={i}>
            <Skeleton active paragraph={{ rows: 5 }} />
          </div>
        ))}
      </div>
    </div>
  );
}
