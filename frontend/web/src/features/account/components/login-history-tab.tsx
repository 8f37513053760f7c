import { Grid, List, Table, Tag, type TableColumnsType } from 'antd';
import type { MyLoginHistoryQuery } from '@zyk/shared';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/feedback/error-state';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { useMyLoginHistory } from '../api/get-my-login-history';
import { AccountCard } from './account-card';

type LoginEvent = NonNullable<MyLoginHistoryQuery['myLoginHistory']>['items'][number];

const PAGE_SIZE = 10;
const KNOWN_ACTIONS = new Set(['login.success', 'login.failed', 'login.locked', 'login.refused_locked', 'logout']);
const RESULT_COLOURS: Record<string, string> = { success: 'success', failure: 'error', denied: 'warning' };

function useLabels() {
  const { t } = useTranslation();
  return {
    action: (action: string) => (KNOWN_ACTIONS.has(action) ? t(`account.history.actions.${action.replace('.', '_')}`) : action),
    result: (result: string) => (result in RESULT_COLOURS ? t(`account.history.results.${result}`) : result),
  };
}

function ResultTag({ result }: { result: string }) {
  const labels = useLabels();
  return <Tag color={RESULT_COLOURS[result]}>{labels.result(result)}</Tag>;
}

/** 登录记录: logins, failures, lockouts and logouts, newest first, ten a page. */
export function LoginHistoryTab() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState(1);
  const query = useMyLoginHistory({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const labels = useLabels();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const history = query.data;
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: history?.totalCount ?? 0,
    onChange: setPage,
    showSizeChanger: false,
    hideOnSinglePage: true,
    size: 'small' as const,
  };

  const columns: TableColumnsType<LoginEvent> = [
    { key: 'time', title: t('account.history.time'), render: (_, row) => formatDateTime(row.occurredAt, language), width: 170 },
    { key: 'action', title: t('account.history.action'), render: (_, row) => labels.action(row.action) },
    { key: 'result', title: t('account.history.result'), render: (_, row) => <ResultTag result={row.result} />, width: 90 },
    { key: 'device', title: t('account.history.device'), dataIndex: 'device' },
    { key: 'place', title: t('account.history.place'), dataIndex: 'place' },
    { key: 'ip', title: t('account.history.ip'), dataIndex: 'ip', width: 140 },
  ];

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <AccountCard title={t('account.history.title')} testId="login-history">
      <p className="zyk-muted zyk-account-card__lead">{t('account.history.lead')}</p>
      {narrow ? (
        <List
          loading={query.isPending}
          dataSource={history?.items ?? []}
          pagination={history && history.totalCount > PAGE_SIZE ? { ...pagination, align: 'center' } : false}
          locale={{ emptyText: t('account.history.empty') }}
          renderItem={(row) => (
            <List.Item key={row.id} className="zyk-history-item" data-testid="login-history-row">
              <div className="zyk-history-item__head">
                <strong>{labels.action(row.action)}</strong>
                <ResultTag result={row.result} />
              </div>
              <div className="zyk-muted">{formatDateTime(row.occurredAt, language)}</div>
              <div className="zyk-muted">{[row.device, row.place, row.ip].filter(Boolean).join(' · ')}</div>
            </List.Item>
          )}
        />
      ) : (
        <Table<LoginEvent>
          rowKey="id"
          size="middle"
          loading={query.isFetching}
          columns={columns}
          dataSource={history?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: t('account.history.empty') }}
          onRow={() => ({ 'data-testid': 'login-history-row' }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </AccountCard>
  );
}
