import { CloseOutlined, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Pagination, Skeleton } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCatalogueMajors, useCourseCatalogue } from '../api/get-course-catalogue';
import {
  activeFilterCount,
  catalogueToParams,
  clearFilters,
  EMPTY_STATE,
  isNarrowed,
  MAX_PAGE,
  PAGE_SIZE,
  parseCatalogue,
  setFilter,
  setQuery,
  type CatalogueState,
  type FilterKey,
} from '../utils/catalogue-state';
import { CatalogueEmpty } from './catalogue-empty';
import { CatalogueFilters } from './catalogue-filters';
import { CatalogueSearch } from './catalogue-search';
import { CourseCard } from './course-card';
import './course-catalogue.css';

/**
 * `/courses`: the course catalogue (M6) for everyone, signed in or not. The filters — major, kind,
 * level, words — and the page are in the URL, so a filtered list can be shared and back/forward work.
 * Desktop: the filters above a grid of cards; phone: the filters in a drawer, one card per row.
 */
export function CourseCataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCatalogue(params), [params]);
  const catalogue = useCourseCatalogue(state);
  const majors = useCatalogueMajors();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  useDocumentTitle(`${t('catalogue.title')} · ${t('app.libraryName')}`);

  const go = useCallback(
    (next: CatalogueState, { scroll = false }: { scroll?: boolean } = {}) => {
      setParams(catalogueToParams(next), { preventScrollReset: !scroll });
    },
    [setParams],
  );
  const change = <K extends FilterKey>(key: K, value: CatalogueState[K]) => go(setFilter(state, key, value));
  const clearAll = () => go(EMPTY_STATE);
  const clear = () => go(clearFilters(state));

  const majorOptions = majors.data ?? [];
  const majorName = (code: string) => majorOptions.find((major) => major.code === code)?.name ?? code;
  const result = catalogue.data;
  const total = result?.totalCount ?? 0;
  const narrowed = isNarrowed(state);
  const filterCount = activeFilterCount(state);
  const stale = catalogue.isPending || catalogue.isPlaceholderData;

  const filters = <CatalogueFilters state={state} majors={majorOptions} facets={result?.facets} onChange={change} />;

  const chips = [
    ...(state.major ? [{ key: 'major' as const, label: majorName(state.major) }] : []),
    ...(state.kind ? [{ key: 'kind' as const, label: t(`courseKind.${state.kind}`) }] : []),
    ...(state.level ? [{ key: 'level' as const, label: t(`catalogue.level.${state.level}`) }] : []),
  ];

  let body;
  if (catalogue.isPending) {
    body = (
      <div className="zyk-catalogue-grid" aria-hidden="true" data-testid="catalogue-skeleton">
        {Array.from({ length: 6 }, (_, i) => (
          <div className="zyk-course-card zyk-course-card--skeleton" key={i}>
            <div className="zyk-course-card__skeleton-cover" />
            <div className="zyk-course-card__body">
              <Skeleton active paragraph={{ rows: 3 }} />
            </div>
          </div>
        ))}
      </div>
    );
  } else if (catalogue.isError && !result) {
    body = <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  } else if (!result?.items.length) {
    body = <CatalogueEmpty query={state.q} narrowed={narrowed} onClear={clearAll} />;
  } else {
    body = (
      <>
        <ol className="zyk-catalogue-grid" data-testid="catalogue-results">
          {result.items.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} />
            </li>
          ))}
        </ol>
        {total > PAGE_SIZE ? (
          <nav className="zyk-catalogue__pagination" aria-label={t('catalogue.pagination')}>
            <Pagination
              current={state.page}
              pageSize={PAGE_SIZE}
              total={Math.min(total, MAX_PAGE * PAGE_SIZE)}
              showSizeChanger={false}
              showLessItems={phone}
              size={phone ? 'small' : 'default'}
              onChange={(page) => go({ ...state, page }, { scroll: true })}
            />
          </nav>
        ) : null}
      </>
    );
  }

  return (
    <div className="zyk-catalogue" data-testid="course-catalogue">
      <section className="zyk-catalogue-hero" aria-labelledby="catalogue-title">
        <div className="zyk-container">
          <h1 id="catalogue-title" className="zyk-catalogue-hero__title">
            {t('catalogue.title')}
          </h1>
          <p className="zyk-catalogue-hero__subtitle">{t('catalogue.subtitle')}</p>
          <CatalogueSearch query={state.q} onSearch={(q) => go(setQuery(state, q))} />
        </div>
      </section>
      <div className="zyk-container zyk-page">
        {phone ? null : (
          <section className="zyk-card zyk-catalogue__filters" aria-label={t('catalogue.filters.title')}>
            {filters}
          </section>
        )}
        <div className="zyk-catalogue__toolbar">
          <p className="zyk-catalogue__summary" aria-live="polite" data-testid="catalogue-total">
            {stale
              ? t('common.loading')
              : !result
                ? null
                : state.q
                  ? t('catalogue.summaryQuery', { count: total, query: state.q })
                  : t('catalogue.summary', { count: total })}
          </p>
          {phone ? (
            <Badge count={filterCount} size="small">
              <Button icon={<FilterOutlined />} onClick={() => setDrawerOpen(true)} data-testid="catalogue-open-filters">
                {t('catalogue.filters.open')}
              </Button>
            </Badge>
          ) : filterCount ? (
            <Button type="link" onClick={clear} data-testid="catalogue-clear">
              {t('catalogue.filters.clear')}
            </Button>
          ) : null}
        </div>
        {phone && chips.length ? (
          <ul className="zyk-catalogue__chips" aria-label={t('catalogue.filters.active')}>
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="zyk-catalogue__chip"
                  onClick={() => change(chip.key, chip.key === 'major' ? '' : null)}
                  aria-label={t('catalogue.filters.remove', { name: chip.label })}
                  data-testid="catalogue-active-filter"
                >
                  {chip.label}
                  <CloseOutlined aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div
          className={catalogue.isPlaceholderData ? 'zyk-catalogue__body is-stale' : 'zyk-catalogue__body'}
          aria-busy={catalogue.isFetching}
          data-testid="catalogue-body"
          data-stale={stale ? 'true' : 'false'}
        >
          {body}
        </div>
      </div>
      {phone ? (
        <Drawer
          title={t('catalogue.filters.title')}
          placement="bottom"
          height="auto"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          className="zyk-catalogue-drawer"
          data-testid="catalogue-drawer"
          footer={
            <div className="zyk-catalogue-drawer__footer">
              <Button onClick={clear} disabled={!filterCount}>
                {t('catalogue.filters.clear')}
              </Button>
              <Button type="primary" onClick={() => setDrawerOpen(false)} loading={stale} data-testid="catalogue-filters-done">
                {t('catalogue.filters.show', { count: total })}
              </Button>
            </div>
          }
        >
          {filters}
        </Drawer>
      ) : null}
    </div>
  );
}
