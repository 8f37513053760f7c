import { Alert, Button, Checkbox, Empty, Input, Pagination, Select, Skeleton } from 'antd';
import type { ResourceType } from '@zyk/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEARCH_PAGE_SIZE, useBuilderLibrarySearch, type LibraryHit } from '../api/library-search';
import { ResourceTypeLabel } from './resource-type-icon';

const TYPES: ResourceType[] = ['VIDEO', 'ANIMATION', 'SIMULATION', 'AUDIO', 'IMAGE', 'DOCUMENT', 'PRESENTATION', 'SPREADSHEET', 'TEXT', 'LINK'];

/**
 * Searches the resource library (the library's own query and ranking) and lists the hits with the
 * caller's actions on each: add to a unit, pick for an assembly.
 */
export function ResourceSearch({
  courseId,
  actions,
  below,
  testId = 'library-search',
}: {
  courseId: string;
  actions: (hit: LibraryHit) => ReactNode;
  /** Shown under a hit (e.g. the server's refusal of adding it). */
  below?: (hit: LibraryHit) => ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ResourceType | null>(null);
  const [ownCourse, setOwnCourse] = useState(false);
  const [page, setPage] = useState(1);
  const search = useBuilderLibrarySearch({ query, type, courseId: ownCourse ? courseId : null, page });
  const result = search.data;

  let body: ReactNode;
  if (search.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (search.isError)
    body = (
      <Alert
        type="error"
        showIcon
        message={search.error.message}
        action={
          <Button size="small" onClick={() => void search.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (!result || result.items.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('courseBuilder.library.noResults')} />;
  else
    body = (
      <>
        <p className="zyk-muted zyk-cb-search__total" data-testid={`${testId}-total`}>
          {t('courseBuilder.library.total', { count: result.total })}
        </p>
        <ul className="zyk-cb-search__hits" data-testid={`${testId}-results`}>
          {result.items.map((hit) => (
            <li key={hit.id} className="zyk-cb-hit" data-testid="library-hit" data-resource-id={hit.id} data-title={hit.title}>
              <div className="zyk-cb-hit__row">
                <div className="zyk-cb-hit__body">
                  <div className="zyk-cb-hit__title">
                    <ResourceTypeLabel type={hit.type} />
                    <Link to={`/resources/${hit.id}`} target="_blank">
                      {hit.title}
                    </Link>
                  </div>
                  <div className="zyk-cb-hit__meta zyk-muted">{[hit.organisation.name, hit.course?.name].filter(Boolean).join(' · ')}</div>
                </div>
                <div className="zyk-cb-hit__actions">{actions(hit)}</div>
              </div>
              {below?.(hit)}
            </li>
          ))}
        </ul>
        {result.total > SEARCH_PAGE_SIZE ? (
          <Pagination
            className="zyk-cb-search__pages"
            size="small"
            simple
            current={page}
            pageSize={SEARCH_PAGE_SIZE}
            total={Math.min(result.total, SEARCH_PAGE_SIZE * 50)}
            onChange={setPage}
          />
        ) : null}
      </>
    );

  return (
    <div className="zyk-cb-search" data-testid={testId} aria-busy={search.isFetching}>
      <div className="zyk-cb-search__form" role="search">
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => {
            setQuery(value.trim());
            setPage(1);
          }}
          placeholder={t('courseBuilder.library.placeholder')}
          aria-label={t('courseBuilder.library.placeholder')}
          enterButton={t('courseBuilder.library.search')}
          allowClear
          maxLength={100}
          data-testid={`${testId}-input`}
        />
        <div className="zyk-cb-search__filters">
          <Select<ResourceType | ''>
            value={type ?? ''}
            onChange={(value) => {
              setType(value || null);
              setPage(1);
            }}
            options={[{ value: '', label: t('courseBuilder.library.allTypes') }, ...TYPES.map((value) => ({ value, label: t(`library.type.${value}`) }))]}
            aria-label={t('courseBuilder.library.type')}
            className="zyk-cb-search__type"
            popupMatchSelectWidth={false}
            data-testid={`${testId}-type`}
          />
          <Checkbox
            checked={ownCourse}
            onChange={(event) => {
              setOwnCourse(event.target.checked);
              setPage(1);
            }}
            data-testid={`${testId}-own-course`}
          >
            {t('courseBuilder.library.ownCourse')}
          </Checkbox>
        </div>
      </div>
      {body}
    </div>
  );
}
