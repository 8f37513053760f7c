import { CheckCircleFilled } from '@ant-design/icons';
import { Input, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { ROSTER_PAGE_SIZE, useRosterEntries, type RosterEntryRow } from '../api/get-roster-entries';

/** The organisation's roster, searchable by number fragment or full name, a page at a time. */
export function RosterEntries({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const query = useRosterEntries(organisationId, search, page);
  const list = query.data?.rosterEntries;

  const columns: TableColumnsType<RosterEntryRow> = [
    { key: 'number', title: t('manage.rosters.columns.number'), dataIndex: 'number', render: (v: string) => <span className="zyk-manage__nowrap">{v}</span> },
    { key: 'name', title: t('manage.rosters.columns.name'), dataIndex: 'name', render: (v: string) => <span className="zyk-manage__nowrap">{v}</span> },
    {
      key: 'kind',
      title: t('manage.rosters.columns.kind'),
      dataIndex: 'kind',
      render: (kind: string) => <Tag>{t(`manage.rosters.kinds.${kind}`)}</Tag>,
    },
    { key: 'department', title: t('manage.rosters.columns.department'), dataIndex: 'department', responsive: ['md'] },
    { key: 'className', title: t('manage.rosters.columns.className'), dataIndex: 'className', responsive: ['sm'] },
    {
      key: 'claimed',
      title: t('manage.rosters.columns.claimed'),
      render: (_, row) =>
        row.claimed ? (
          <span className="zyk-manage__nowrap" title={formatDateTime(row.claimedAt, language)}>
            <CheckCircleFilled className="zyk-manage__ok" /> {t('manage.rosters.claimed')}
          </span>
        ) : (
          <span className="zyk-muted">{t('manage.rosters.unclaimed')}</span>
        ),
    },
  ];

  return (
    <div data-testid="roster-entries">
      <Input.Search
        allowClear
        className="zyk-manage__search"
        placeholder={t('manage.rosters.searchPlaceholder')}
        aria-label={t('manage.rosters.searchPlaceholder')}
        enterButton={t('manage.common.search')}
        onSearch={(value) => {
          setSearch(value.trim());
          setPage(1);
        }}
        data-testid="roster-search"
      />
      {query.isError && !query.data ? (
        <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<RosterEntryRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list?.items ?? []}
          loading={query.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="roster-table"
          locale={{ emptyText: search ? t('manage.rosters.noMatch') : t('manage.rosters.empty') }}
          pagination={{
            current: page,
            pageSize: ROSTER_PAGE_SIZE,
            total: list?.totalCount ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('manage.common.total', { count: total }),
            onChange: setPage,
            size: 'small',
          }}
        />
      )}
    </div>
  );
}
