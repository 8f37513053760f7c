import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** No matches: what to try, and the ways out (drop the refinements, drop the words). */
export function EmptyResults({
  query,
  filtered,
  onClearFilters,
  onClearQuery,
}: {
  query: string;
  filtered: boolean;
  onClearFilters: () => void;
  onClearQuery: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="zyk-card zyk-library-empty" data-testid="library-empty" role="status">
      <SearchOutlined className="zyk-library-empty__icon" aria-hidden />
      <h2 className="zyk-library-empty__title">
        {query ? t('library.empty.titleQuery', { query }) : t('library.empty.title')}
      </h2>
      <ul className="zyk-library-empty__tips">
        <li>{t('library.empty.tipSpelling')}</li>
        <li>{t('library.empty.tipShorter')}</li>
        {filtered ? <li>{t('library.empty.tipFilters')}</li> : null}
      </ul>
      <div className="zyk-library-empty__actions">
        {filtered ? (
          <Button type="primary" onClick={onClearFilters} data-testid="empty-clear-filters">
            {t('library.filters.clear')}
          </Button>
        ) : null}
        {query ? (
          <Button onClick={onClearQuery} data-testid="empty-browse-all">
            {t('library.empty.browseAll')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
