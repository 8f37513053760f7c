import { CheckCircleOutlined, SafetyOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Grid, Input, List, Table, type ButtonProps, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageActionAlert } from '@/components/manage/action-alert';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { formatDateTime } from '@/lib/format-date';
import { USERS_PAGE_SIZE, useManagedUsers, type ManagedUser } from '../api/get-users';
import { useTwoFactorReset, useUserSetActive, useUserUnlock } from '../api/user-mutations';
import { PlatformRoleTag, UserStatusTags, VerifiedTag } from './user-status';

type Act = 'disable' | 'enable' | 'unlock' | 'reset';

/** The buttons of one account: 停用/启用, 重置二次验证, and 解除锁定 when it is locked (last, so the others line up). */
function UserActions({ user, busy, onAct }: { user: ManagedUser; busy: string | null; onAct: (user: ManagedUser, act: Act) => void }) {
  const { t } = useTranslation();
  const loading = (act: Act) => busy === `${user.id}:${act}`;
  return (
    <div className="zyk-manage__row-actions">
      {user.isActive ? (
        <Button size="small" danger icon={<StopOutlined />} loading={loading('disable')} onClick={() => onAct(user, 'disable')} data-testid="user-disable">
          {t('manage.users.disable')}
        </Button>
      ) : (
        <Button size="small" icon={<CheckCircleOutlined />} loading={loading('enable')} onClick={() => onAct(user, 'enable')} data-testid="user-enable">
          {t('manage.users.enable')}
        </Button>
      )}
      {user.twoFactorEnrolled ? (
        <Button size="small" icon={<SafetyOutlined />} loading={loading('reset')} onClick={() => onAct(user, 'reset')} data-testid="user-reset-two-factor">
          {t('manage.users.resetTwoFactor')}
        </Button>
      ) : null}
      {user.lockedUntil ? (
        <Button size="small" icon={<UnlockOutlined />} loading={loading('unlock')} onClick={() => onAct(user, 'unlock')} data-testid="user-unlock">
          {t('manage.users.unlock')}
        </Button>
      ) : null}
    </div>
  );
}

/** Account name, "(me)" on one's own row, and the email under it. */
function AccountCell({ user, mine }: { user: ManagedUser; mine: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="zyk-manage__nowrap">
        <strong>{user.username}</strong>
        {mine ? <span className="zyk-muted zyk-manage__small"> · {t('manage.users.me')}</span> : null}
      </div>
      {user.email ? <div className="zyk-muted zyk-manage__small">{user.email}</div> : null}
    </>
  );
}

/**
 * `/manage/users`: the system administrator finds accounts (personal data masked), disables and
 * enables them, lifts lockouts and resets two-factor login (O2, S). Roles are not given here: that
 * is the security administrator's duty.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message, modal } = App.useApp();
  const { me } = useMe();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const query = useManagedUsers(search, page);
  const setActive = useUserSetActive();
  const unlock = useUserUnlock();
  const resetTwoFactor = useTwoFactorReset();
  const list = query.data?.users;

  const run = async (user: ManagedUser, act: Act) => {
    setProblem(null);
    setBusy(`${user.id}:${act}`);
    try {
      if (act === 'unlock') await unlock.mutateAsync({ userId: user.id });
      else if (act === 'reset') await resetTwoFactor.mutateAsync({ userId: user.id });
      else await setActive.mutateAsync({ userId: user.id, active: act === 'enable' });
      void message.success(t(`manage.users.done.${act}`, { username: user.username }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const onAct = (user: ManagedUser, act: Act) => {
    if (act === 'unlock') {
      void run(user, act);
      return;
    }
    modal.confirm({
      title: t(`manage.users.confirm.${act}Title`, { username: user.username }),
      content: t(`manage.users.confirm.${act}Text`),
      okText: t(`manage.users.${act === 'reset' ? 'resetTwoFactor' : act}`),
      okButtonProps: { danger: act !== 'enable', 'data-testid': 'user-confirm' } as ButtonProps,
      cancelText: t('manage.common.cancel'),
      onOk: () => run(user, act),
    });
  };

  const mine = (user: ManagedUser) => user.id === me?.id;
  const lastLogin = (user: ManagedUser) =>
    user.lastLogin ? formatDateTime(user.lastLogin, language) : t('manage.users.neverLoggedIn');

  const columns: TableColumnsType<ManagedUser> = [
    { key: 'account', title: t('manage.users.columns.account'), render: (_, user) => <AccountCell user={user} mine={mine(user)} /> },
    {
      key: 'person',
      title: t('manage.users.columns.person'),
      render: (_, user) => (
        <>
          <div className="zyk-manage__nowrap">
            {user.nameMasked || <span className="zyk-muted">—</span>} <VerifiedTag verified={user.realNameVerified} />
          </div>
          {user.phoneMasked ? <div className="zyk-muted zyk-manage__small zyk-manage__nowrap">{user.phoneMasked}</div> : null}
        </>
      ),
    },
    {
      key: 'status',
      title: t('manage.users.columns.status'),
      render: (_, user) => (
        <span className="zyk-manage__tags">
          <UserStatusTags user={user} />
          <PlatformRoleTag role={user.platformRole} />
        </span>
      ),
    },
    {
      key: 'lastLogin',
      title: t('manage.users.columns.lastLogin'),
      responsive: ['lg'],
      render: (_, user) => (
        <>
          <div className="zyk-manage__nowrap">{lastLogin(user)}</div>
          <div className="zyk-muted zyk-manage__small zyk-manage__nowrap">
            {t('manage.users.joined', { time: formatDateTime(user.dateJoined, language) })}
          </div>
        </>
      ),
    },
    {
      key: 'actions',
      title: t('manage.common.actions'),
      render: (_, user) => <UserActions user={user} busy={busy} onAct={onAct} />,
    },
  ];

  const pagination = {
    current: page,
    pageSize: USERS_PAGE_SIZE,
    total: list?.totalCount ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => t('manage.common.total', { count: total }),
    onChange: setPage,
    size: 'small' as const,
  };
  const empty = search ? t('manage.users.noMatch') : t('manage.users.empty');

  return (
    <Section title={t('manage.users.title')} subtitle={t('manage.users.subtitle')}>
      <div data-testid="users-page">
        <div className="zyk-manage__search-block">
          <Input.Search
            allowClear
            className="zyk-manage__search"
            placeholder={t('manage.users.searchPlaceholder')}
            aria-label={t('manage.users.searchPlaceholder')}
            enterButton={t('manage.common.search')}
            onSearch={(value) => {
              setSearch(value.trim());
              setPage(1);
            }}
            data-testid="users-search"
          />
          <p className="zyk-muted zyk-manage__small zyk-manage__search-hint">{t('manage.users.searchHint')}</p>
        </div>
        <ManageActionAlert error={problem} onClose={() => setProblem(null)} testId="users-problem" />
        {query.isError && !query.data ? (
          <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : narrow ? (
          <List<ManagedUser>
            className="zyk-manage__list"
            loading={query.isFetching}
            dataSource={list?.items ?? []}
            locale={{ emptyText: empty }}
            pagination={list && list.totalCount > USERS_PAGE_SIZE ? { ...pagination, align: 'center', showTotal: undefined } : false}
            data-testid="users-list"
            renderItem={(user) => (
              <List.Item key={user.id} className="zyk-manage__list-item" data-testid="user-row" data-username={user.username}>
                <div className="zyk-manage__list-head">
                  <AccountCell user={user} mine={mine(user)} />
                  <span className="zyk-manage__tags">
                    <UserStatusTags user={user} />
                    <PlatformRoleTag role={user.platformRole} />
                  </span>
                </div>
                <div className="zyk-manage__list-line">
                  {[user.nameMasked, user.phoneMasked].filter(Boolean).join(' · ') || <span className="zyk-muted">—</span>}{' '}
                  <VerifiedTag verified={user.realNameVerified} />
                </div>
                <div className="zyk-muted zyk-manage__small">{t('manage.users.lastLoginLine', { time: lastLogin(user) })}</div>
                <UserActions user={user} busy={busy} onAct={onAct} />
              </List.Item>
            )}
          />
        ) : (
          <Table<ManagedUser>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list?.items ?? []}
            loading={query.isFetching}
            scroll={{ x: 'max-content' }}
            data-testid="users-table"
            locale={{ emptyText: empty }}
            onRow={(user) => ({ 'data-testid': 'user-row', 'data-username': user.username }) as HTMLAttributes<HTMLElement>}
            pagination={pagination}
          />
        )}
      </div>
    </Section>
  );
}
