import { DesktopOutlined, LogoutOutlined, MobileOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Tag, type ButtonProps } from 'antd';
import type { MySessionsQuery } from '@zyk/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { useMySessions } from '../api/get-my-sessions';
import { useLogoutEverywhere, useSessionRevoke } from '../api/profile';
import { AccountCard } from './account-card';

type LoginSession = NonNullable<MySessionsQuery['mySessions']>['items'][number];

const PAGE_SIZE = 10;
const METHODS = new Set(['password', 'sms', 'wechat_web', 'wechat_mini', 'register']);

/** 登录设备: the open sessions and app tokens; end one, or all of them. */
export function SessionsTab() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const query = useMySessions({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const revoke = useSessionRevoke();
  const everywhere = useLogoutEverywhere();
  const sessions = query.data;

  const onLogoutEverywhere = () =>
    modal.confirm({
      title: t('account.sessions.everywhereConfirmTitle'),
      content: t('account.sessions.everywhereConfirm'),
      okText: t('account.sessions.everywhere'),
      okButtonProps: { danger: true, 'data-testid': 'logout-everywhere-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: () =>
        everywhere.mutateAsync({}).then(
          (payload) => {
            void message.success(t('account.sessions.everywhereDone', { count: payload.endedCount ?? 0 }));
            void navigate('/login', { replace: true });
          },
          (error: Error) => void message.error(error.message),
        ),
    });

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <AccountCard
      title={t('account.sessions.title')}
      testId="sessions"
      extra={
        <Button danger icon={<LogoutOutlined />} onClick={onLogoutEverywhere} data-testid="logout-everywhere">
          {t('account.sessions.everywhere')}
        </Button>
      }
    >
      <p className="zyk-muted zyk-account-card__lead">{t('account.sessions.lead')}</p>
      <List<LoginSession>
        loading={query.isPending}
        dataSource={sessions?.items ?? []}
        locale={{ emptyText: t('account.sessions.empty') }}
        pagination={
          sessions && sessions.totalCount > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: sessions.totalCount, onChange: setPage, align: 'center', size: 'small' }
            : false
        }
        renderItem={(session) => (
          <List.Item
            key={session.id}
            data-testid="session-row"
            data-current={session.current}
            actions={
              session.current
                ? []
                : [
                    <Popconfirm
                      key="revoke"
                      title={t('account.sessions.revokeConfirm')}
                      okText={t('account.sessions.revoke')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        revoke.mutateAsync({ id: session.id }).then(
                          () => void message.success(t('account.sessions.revoked')),
                          (error: Error) => void message.error(error.message),
                        )
                      }
                    >
                      <Button size="small" danger data-testid="session-revoke">
                        {t('account.sessions.revoke')}
                      </Button>
                    </Popconfirm>,
                  ]
            }
          >
            <SessionItem session={session} />
          </List.Item>
        )}
      />
    </AccountCard>
  );
}

function SessionItem({ session }: { session: LoginSession }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const method = METHODS.has(session.method) ? t(`account.sessions.methods.${session.method}`) : session.method;
  return (
    <List.Item.Meta
      avatar={session.kind === 'TOKEN' ? <MobileOutlined className="zyk-session__icon" /> : <DesktopOutlined className="zyk-session__icon" />}
      title={
        <span className="zyk-inline-badges">
          <span>{session.device || t('account.sessions.unknownDevice')}</span>
          {session.current ? (
            <Tag color="blue" data-testid="this-device">
              {t('account.sessions.thisDevice')}
            </Tag>
          ) : null}
          {session.kind === 'TOKEN' ? <Tag>{t('account.sessions.app')}</Tag> : null}
        </span>
      }
      description={
        <div className="zyk-session__facts">
          <span>{t('account.sessions.loggedIn', { time: formatDateTime(session.createdAt, language), method })}</span>
          <span>{t('account.sessions.lastSeen', { time: formatDateTime(session.lastSeenAt, language) })}</span>
          <span>{[session.place, session.ip].filter(Boolean).join(' · ')}</span>
        </div>
      }
    />
  );
}
