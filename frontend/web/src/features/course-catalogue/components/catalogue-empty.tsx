import { ReadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Nothing matches: say so, and offer the way back to every course. */
export function CatalogueEmpty({ query, narrowed, onClear }: { query: string; narrowed: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-card zyk-catalogue-empty" data-testid="catalogue-empty" role="status">
      <ReadOutlined className="zyk-catalogue-empty__icon" aria-hidden />
      <h2 className="zyk-catalogue-empty__title">
        {query ? t('catalogue.empty.titleQuery', { query }) : narrowed ? t('catalogue.empty.title') : t('catalogue.empty.none')}
      </h2>
      {narrowed ? (
        <>
          <p className="zyk-catalogue-empty__tip">{t('catalogue.empty.tip')}</p>
          <Button type="primary" onClick={onClear} data-testid="catalogue-clear-filters">
            {t('catalogue.filters.clear')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
