import { DownloadOutlined } from '@ant-design/icons';
import { Button, Grid, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { toLanguage } from '@/lib/i18n';
import { AUDIT_PAGE_SIZE, useAuditEvents, type AuditEventRow } from '../api/get-audit-events';
import { auditExportUrl, EMPTY_AUDIT_FILTERS, type AuditFilters } from '../utils/audit-filters';
import { AuditFilterForm } from './audit-filter-form';

const RESULT_COLOURS: Record<string, string> = { success: 'success', failure: 'warning', denied: 'error' };

/** Date over time, so the column stays narrow on phones. */
function When({ value, language }: { value: string; language: string }) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const locale = toLanguage(language);
  return (
    <span className="zyk-manage__when" title={formatDateTime(value, language)}>
      <span>{new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)}</span>
      <span className="zyk-muted">{new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(date)}</span>
    </span>
  );
}

/** `/manage/audit`: the audit administrator searches the audit trail and exports it as CSV (S). */
export function AuditPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const query = useAuditEvents(filters, page);
  const screens = Grid.useBreakpoint();
  const resultTag = (value: string) => (
    <Tag color={RESULT_COLOURS[value] ?? 'default'}>
      {['success', 'failure', 'denied'].includes(value) ? t(`manage.audit.results.${value}`) : value}
    </Tag>
  );

  const columns: TableColumnsType<AuditEventRow> = [
    {
      key: 'occurredAt',
      title: t('manage.audit.columns.time'),
      dataIndex: 'occurredAt',
      render: (value: string) => <When value={value} language={language} />,
    },
    {
      key: 'actor',
      title: t('manage.audit.columns.actor'),
      render: (_, row) => (
        <>
          <div>{row.actorName || <span className="zyk-muted">{t('manage.audit.anonymous')}</span>}</div>
          {row.actorRoles ? <div className="zyk-muted zyk-manage__small">{row.actorRoles}</div> : null}
        </>
      ),
    },
    {
      key: 'action',
      title: t('manage.audit.columns.action'),
      dataIndex: 'action',
      render: (value: string, row) => (
        <>
          <code className="zyk-manage__code">{value}</code>
          {/* Phones have no room for the result column: the result goes under the action. */}
          {screens.sm === false ? <div className="zyk-manage__under">{resultTag(row.result)}</div> : null}
        </>
      ),
    },
    {
      key: 'result',
      title: t('manage.audit.columns.result'),
      dataIndex: 'result',
      responsive: ['sm'],
      render: (value: string) => resultTag(value),
    },
    {
      key: 'object',
      title: t('manage.audit.columns.object'),
      responsive: ['md'],
      render: (_, row) =>
        row.objectType ? (
          <>
            <div>{row.objectRepr || `#${row.objectId}`}</div>
            <div className="zyk-muted zyk-manage__small">{row.objectType}</div>
          </>
        ) : null,
    },
    {
      key: 'ip',
      title: t('manage.audit.columns.ip'),
      responsive: ['lg'],
      render: (_, row) => (
        <Tooltip title={row.userAgent || undefined}>
          <span>{row.ip ?? ''}</span>
        </Tooltip>
      ),
    },
  ];

  return (
    <Section
      title={t('manage.audit.title')}
      subtitle={t('manage.audit.subtitle')}
      extra={
        <Button href={auditExportUrl(filters)} icon={<DownloadOutlined />} data-testid="audit-export">
          {t('manage.audit.export')}
        </Button>
      }
    >
      <AuditFilterForm
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {query.isError && !query.data ? (
        <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<AuditEventRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={query.data?.auditEvents.items ?? []}
          loading={query.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="audit-table"
          locale={{ emptyText: t('manage.audit.empty') }}
          pagination={{
            current: page,
            pageSize: AUDIT_PAGE_SIZE,
            total: query.data?.auditEvents.totalCount ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('manage.common.total', { count: total }),
            onChange: setPage,
            size: 'small',
          }}
        />
      )}
    </Section>
  );
}
