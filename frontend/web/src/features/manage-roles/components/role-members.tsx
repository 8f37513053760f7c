import { EyeOutlined, MinusCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Grid, Input, List, Popconfirm, Table, Tag, type ButtonProps, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageActionAlert } from '@/components/manage/action-alert';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { MEMBERS_PAGE_SIZE, useOrganisationMembers, type OrganisationMember } from '../api/get-organisation-members';
import { usePersonalDataView, useRoleRevoke } from '../api/role-mutations';
import { PersonalDataModal, type PersonalDataState } from './personal-data-modal';

function MemberName({ member }: { member: OrganisationMember }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="zyk-manage__nowrap">
        <span data-testid="member-name">{member.name || <span className="zyk-muted">—</span>}</span>
        {member.realNameVerified ? (
          <Tag color="green" icon={<SafetyCertificateOutlined />} className="zyk-manage__tag-gap">
            {t('account.realName.verifiedBadge')}
          </Tag>
        ) : null}
      </div>
      <div className="zyk-muted zyk-manage__small">{member.username}</div>
    </>
  );
}

function MemberActions({
  member,
  revoking,
  onRevoke,
  onReveal,
}: {
  member: OrganisationMember;
  revoking: boolean;
  onRevoke: (member: OrganisationMember) => void;
  onReveal: (member: OrganisationMember) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="zyk-manage__row-actions">
      <Button size="small" icon={<EyeOutlined />} onClick={() => onReveal(member)} data-testid="member-reveal">
        {t('manage.members.reveal')}
      </Button>
      <Popconfirm
        title={t('manage.members.revokeConfirm', { username: member.username, role: member.roleLabel })}
        okText={t('manage.members.revoke')}
        cancelText={t('manage.common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'member-revoke-confirm' } as ButtonProps}
        onConfirm={() => onRevoke(member)}
      >
        <Button size="small" danger icon={<MinusCircleOutlined />} loading={revoking} data-testid="member-revoke">
          {t('manage.members.revoke')}
        </Button>
      </Popconfirm>
    </div>
  );
}

/**
 * The role holders of one organisation, names and phones masked, with a button per row to take the
 * role away and one to see the unmasked phone and name (an audited look, 查看完整信息).
 */
export function RoleMembers({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [problem, setProblem] = useState<unknown>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reveal, setReveal] = useState<PersonalDataState | null>(null);
  const query = useOrganisationMembers(organisationId, search, page);
  const revoke = useRoleRevoke();
  const view = usePersonalDataView();
  const list = query.data?.organisationMembers;

  const onRevoke = (member: OrganisationMember) => {
    setProblem(null);
    setRevoking(member.assignmentId);
    revoke.mutate(
      { userId: member.userId, account: null, role: member.role, organisationId },
      {
        onSuccess: () => void message.success(t('manage.roles.revoked')),
        onError: setProblem,
        onSettled: () => setRevoking(null),
      },
    );
  };

  const onReveal = (member: OrganisationMember) => {
    setReveal({ member, pending: true });
    const same = (state: PersonalDataState | null) => state?.member.assignmentId === member.assignmentId;
    view.mutate(
      { userId: member.userId },
      {
        onSuccess: (payload) => setReveal((state) => (same(state) ? { member, pending: false, data: payload.data } : state)),
        onError: (error) => setReveal((state) => (same(state) ? { member, pending: false, error } : state)),
      },
    );
  };

  const columns: TableColumnsType<OrganisationMember> = [
    { key: 'name', title: t('manage.members.columns.member'), render: (_, member) => <MemberName member={member} /> },
    {
      key: 'phone',
      title: t('manage.members.columns.phone'),
      render: (_, member) => (
        <span className="zyk-manage__nowrap" data-testid="member-phone">
          {member.phone || <span className="zyk-muted">—</span>}
        </span>
      ),
    },
    { key: 'role', title: t('manage.members.columns.role'), render: (_, member) => <Tag>{member.roleLabel}</Tag> },
    {
      key: 'actions',
      title: t('manage.common.actions'),
      render: (_, member) => (
        <MemberActions member={member} revoking={revoking === member.assignmentId} onRevoke={onRevoke} onReveal={onReveal} />
      ),
    },
  ];

  const pagination = {
    current: page,
    pageSize: MEMBERS_PAGE_SIZE,
    total: list?.totalCount ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => t('manage.common.total', { count: total }),
    onChange: setPage,
    size: 'small' as const,
  };
  const empty = search ? t('manage.members.noMatch') : t('manage.members.empty');

  return (
    <div data-testid="role-members">
      <div className="zyk-manage__search-block">
        <Input.Search
          allowClear
          className="zyk-manage__search"
          placeholder={t('manage.members.searchPlaceholder')}
          aria-label={t('manage.members.searchPlaceholder')}
          enterButton={t('manage.common.search')}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
          data-testid="members-search"
        />
        <p className="zyk-muted zyk-manage__small zyk-manage__search-hint">{t('manage.members.searchHint')}</p>
      </div>
      <ManageActionAlert error={problem} onClose={() => setProblem(null)} testId="members-problem" />
      {query.isError && !query.data ? (
        <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : narrow ? (
        <List<OrganisationMember>
          className="zyk-manage__list"
          loading={query.isFetching}
          dataSource={list?.items ?? []}
          locale={{ emptyText: empty }}
          pagination={list && list.totalCount > MEMBERS_PAGE_SIZE ? { ...pagination, align: 'center', showTotal: undefined } : false}
          renderItem={(member) => (
            <List.Item key={member.assignmentId} className="zyk-manage__list-item" data-testid="member-row" data-username={member.username}>
              <div className="zyk-manage__list-head">
                <div>
                  <MemberName member={member} />
                </div>
                <Tag>{member.roleLabel}</Tag>
              </div>
              <div className="zyk-manage__list-line" data-testid="member-phone">
                {t('manage.members.phoneLine', { phone: member.phone || '—' })}
              </div>
              <MemberActions member={member} revoking={revoking === member.assignmentId} onRevoke={onRevoke} onReveal={onReveal} />
            </List.Item>
          )}
        />
      ) : (
        <Table<OrganisationMember>
          rowKey="assignmentId"
          size="middle"
          columns={columns}
          dataSource={list?.items ?? []}
          loading={query.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty }}
          onRow={(member) => ({ 'data-testid': 'member-row', 'data-username': member.username }) as HTMLAttributes<HTMLElement>}
          pagination={pagination}
        />
      )}
      <PersonalDataModal state={reveal} onClose={() => setReveal(null)} />
    </div>
  );
}
