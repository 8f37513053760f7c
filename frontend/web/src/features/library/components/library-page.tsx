import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Pagination, Select, Skeleton } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLibrarySearch, type Facets } from '../api/search-resources';
import {
  clearFilters,
  FACETS,
  hasFilters,
  MAX_PAGE,
  PAGE_SIZE,
  parseSearch,
  searchToParams,
  SORTS,
  toggleFilter,
  type FacetKey,
  type SearchState,
  type SortKey,
} from '../utils/search-state';
import { ActiveFilters } from './active-filters';
import { EmptyResults } from './empty-results';
import { FacetPanel } from './facet-panel';
import { ResourceCard } from './resource-card';
import { SearchBox } from './search-box';

/** Names of majors, courses and points seen in any answer, for chips of values no longer in the facets. */
function useFacetLabels(facets: Facets) {
  const seen = useRef(new Map<string, string>());
  for (const key of FACETS) for (const bucket of facets[key]) seen.current.set(`${key}:${bucket.value}`, bucket.label);
  return useCallback((key: FacetKey, value: string) => seen.current.get(`${key}:${value}`), []);
}

/**
 * `/resources`: browse and search the published library (open to anonymous visitors, M8). Everything
 * the visitor chooses — words, refinements, order, page — is in the URL.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  const search = useLibrarySearch(state);
  const labels = useFacetLabels(search.facets);
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  useDocumentTitle(
    state.q
      ? `${t('library.documentTitleQuery', { query: state.q })} · ${t('app.libraryName')}`
      : `${t('library.title')} · ${t('app.libraryName')}`,
  );

  const go = useCallback(
    (next: SearchState, { scroll = false }: { scroll?: boolean } = {}) => {
      setParams(searchToParams(next), { preventScrollReset: !scroll });
    },
    [setParams],
  );
  const toggle = (key: FacetKey, value: string) => go(toggleFilter(state, key, value));
  const clear = () => go(clearFilters(state));

  const result = search.result;
  const total = result?.total ?? 0;
  const activeCount = FACETS.reduce((sum, key) => sum + state.filters[key].length, 0);
  const filtered = hasFilters(state);

  const facetPanel = <FacetPanel facets={search.facets} selected={state.filters} labels={labels} onToggle={toggle} />;

  let body;
  if (search.isPending) {
    body = (
      <div className="zyk-resource-grid" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div className="zyk-resource-card zyk-resource-card--skeleton" key={i}>
            <Skeleton active paragraph={{ rows: 3 }} />
          </div>
        ))}
      </div>
    );
  } else if (search.isError && !result) {
    body = <ErrorState error={search.error} onRetry={() => void search.refetch()} />;
  } else if (!result?.items.length) {
    body = (
      <EmptyResults
        query={state.q}
        filtered={filtered}
        onClearFilters={clear}
        onClearQuery={() => go({ ...state, q: '', page: 1 })}
      />
    );
  } else {
    body = (
      <>
        <ol className="zyk-resource-grid" data-testid="library-results">
          {result.items.map((item) => (
            <li key={item.id}>
              <ResourceCard resource={item} />
            </li>
          ))}
        </ol>
        {total > PAGE_SIZE ? (
          <nav className="zyk-library__pagination" aria-label={t('library.pagination')}>
            <Pagination
              current={state.page}
              pageSize={PAGE_SIZE}
              total={Math.min(total, MAX_PAGE * PAGE_SIZE)}
              showSizeChanger={false}
              showLessItems={narrow}
              size={narrow ? 'small' : 'default'}
              onChange={(page) => {
                go({ ...state, page }, { scroll: true });
              }}
            />
          </nav>
        ) : null}
      </>
    );
  }

  return (
    <div className="zyk-library" data-testid="library-page">
      <section className="zyk-library-hero" aria-labelledby="library-title">
        <div className="zyk-container">
          <h1 id="library-title" className="zyk-library-hero__title">
            {t('library.title')}
          </h1>
          <p className="zyk-library-hero__subtitle">{t('library.subtitle')}</p>
          <SearchBox query={state.q} onSearch={(q) => go({ ...state, q, page: 1 })} />
        </div>
      </section>
      <div className="zyk-container zyk-page zyk-library__layout">
        {narrow ? null : (
          <aside className="zyk-library__facets zyk-card" aria-label={t('library.facets.title')}>
            <h2 className="zyk-library__facets-title">{t('library.facets.title')}</h2>
            {facetPanel}
          </aside>
        )}
        <div className="zyk-library__results">
          <div className="zyk-library__toolbar">
            <p className="zyk-library__summary" aria-live="polite" data-testid="library-total">
              {search.isPending || search.isPlaceholderData
                ? t('library.searching')
                : state.q
                  ? t('library.summaryQuery', { count: total, query: state.q })
                  : t('library.summary', { count: total })}
            </p>
            <div className="zyk-library__tools">
              {narrow ? (
                <Badge count={activeCount} size="small">
                  <Button icon={<FilterOutlined />} onClick={() => setDrawerOpen(true)} data-testid="open-filters">
                    {t('library.facets.open')}
                  </Button>
                </Badge>
              ) : null}
              <Select
                className="zyk-library__sort"
                value={state.sort}
                onChange={(sort: SortKey) => go({ ...state, sort, page: 1 })}
                aria-label={t('library.sort.label')}
                data-testid="library-sort"
                options={(Object.keys(SORTS) as SortKey[]).map((key) => ({ value: key, label: t(`library.sort.${key}`) }))}
                popupMatchSelectWidth={false}
              />
            </div>
          </div>
          <ActiveFilters
            selected={state.filters}
            labels={labels}
            onRemove={(key, value) => go(toggleFilter(state, key, value))}
            onClear={clear}
          />
          <div
            aria-busy={search.isFetching}
            className={search.isPlaceholderData ? 'zyk-library__body is-stale' : 'zyk-library__body'}
            data-testid="library-body"
            data-stale={search.isPending || search.isPlaceholderData ? 'true' : 'false'}
          >
            {body}
          </div>
        </div>
      </div>
      {narrow ? (
        <Drawer
          title={t('library.facets.title')}
          placement="bottom"
          height="80%"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          data-testid="filters-drawer"
          footer={
            <div className="zyk-library__drawer-footer">
              <Button onClick={clear} disabled={!filtered}>
                {t('library.filters.clear')}
              </Button>
              <Button type="primary" onClick={() => setDrawerOpen(false)} data-testid="filters-done">
                {t('library.facets.show', { count: total })}
              </Button>
            </div>
          }
        >
          {facetPanel}
        </Drawer>
      ) : null}
    </div>
  );
}
