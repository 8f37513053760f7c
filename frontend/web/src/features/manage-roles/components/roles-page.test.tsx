import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganisationMembersQuery } from '@zyk/shared';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { RolesPage } from './roles-page';

type Member = OrganisationMembersQuery['organisationMembers']['items'][number];

const orgAdmin = fakeMe({
  id: '4',
  username: 'orgadmin',
  isAdministrator: true,
  roles: [{ role: 'ORGANISATION_ADMIN', label: '机构管理员', organisation: { id: '1', name: '示范职业技术学院' } }],
  twoFactor: { required: true, enrolled: true, verified: true },
});

const organisations = [
  { id: '1', name: '示范职业技术学院', shortName: '', kind: 'SCHOOL', role: 'HOST', depth: 1, parentId: null },
  { id: '3', name: '机电工程学院', shortName: '', kind: 'DEPARTMENT', role: 'HOST', depth: 2, parentId: '1' },
];

const member = (overrides: Partial<Member>): Member => ({
  assignmentId: '11',
  userId: '7',
  username: 'teacher',
  name: '张*涛',
  phone: '139****1234',
  role: 'TEACHER',
  roleLabel: '教师',
  realNameVerified: true,
  ...overrides,
});

/** A tiny roles API: members per organisation, giving and taking roles changes them. */
function serveRoles(overrides: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  let members: Record<string, Member[]> = {
    '1': [
      member({}),
      member({ assignmentId: '12', userId: '8', username: 'learner', name: '陈*明', phone: '', role: 'SCHOOL_STUDENT', roleLabel: '在校学生', realNameVerified: false }),
    ],
    '3': [member({ assignmentId: '31', userId: '9', username: 'editor', name: '李*燕', phone: '', role: 'EDITOR', roleLabel: '编辑' })],
  };
  return mockGraphql({
    Me: () => ({ me: orgAdmin }),
    AdministeredOrganisations: () => ({ administeredOrganisations: organisations }),
    OrganisationMembers: ({ organisationId, search, offset }) => {
      const all = (members[String(organisationId)] ?? []).filter((m) => !search || m.username.includes(String(search)));
      return { organisationMembers: { totalCount: all.length, items: all.slice(Number(offset ?? 0), Number(offset ?? 0) + 10) } };
    },
    RoleRevoke: ({ userId, account, role, organisationId }) => {
      const id = String(organisationId);
      members = { ...members, [id]: members[id].filter((m) => !((m.userId === userId || m.username === account) && m.role === role)) };
      return { roleRevoke: ok() };
    },
    RoleAssign: ({ account, role, organisationId }) => {
      const id = String(organisationId);
      const added = member({ assignmentId: '99', userId: '5', username: String(account), name: '王*国', phone: '', role: role as Member['role'], roleLabel: '审核员' });
      members = { ...members, [id]: [...members[id], added] };
      return { roleAssign: { ...ok(), assignment: { role, label: '审核员', organisation: { id, name: '示范职业技术学院' } } } };
    },
    PersonalDataView: () => ({ personalDataView: { ...ok(), data: { userId: '7', phone: '13912341234', realName: '张海涛' } } }),
    ...overrides,
  });
}

const memberRow = async (username: string) => {
  await waitFor(() => expect(screen.getAllByTestId('member-row').some((row) => row.getAttribute('data-username') === username)).toBe(true), {
    timeout: 5000,
  });
  return screen.getAllByTestId('member-row').find((row) => row.getAttribute('data-username') === username) as HTMLElement;
};

const reads = (calls: { operation: string; variables: Record<string, unknown> }[]) => calls.filter((call) => call.operation === 'OrganisationMembers');

describe('RolesPage: role holders', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists the role holders of the first organisation, masked', async () => {
    const { calls } = serveRoles();
    renderWithProviders(<RolesPage />);

    const teacher = await memberRow('teacher');
    expect(within(teacher).getByTestId('member-name')).toHaveTextContent('张*涛');
    expect(within(teacher).getByTestId('member-phone')).toHaveTextContent('139****1234');
    expect(teacher).toHaveTextContent('教师');
    expect(teacher).toHaveTextContent('已实名');
    expect(await memberRow('learner')).toHaveTextContent('在校学生');
    expect(screen.getByText('「示范职业技术学院」中持有角色的用户；姓名与手机号已脱敏')).toBeInTheDocument();
    expect(reads(calls)[0].variables).toEqual({ organisationId: '1', search: null, limit: 10, offset: 0 });
  });

  it('searches the holders and follows the chosen organisation', async () => {
    const { calls } = serveRoles();
    renderWithProviders(<RolesPage />, '/?organisation=3');
    expect(await memberRow('editor')).toHaveTextContent('编辑');
    expect(reads(calls)[0].variables).toMatchObject({ organisationId: '3' });

    await userEvent.type(screen.getByRole('searchbox', { name: '账号、手机号或姓名' }), 'nobody{Enter}');
    expect(await screen.findByText('没有匹配的角色持有人')).toBeInTheDocument();
    expect(reads(calls).at(-1)?.variables).toMatchObject({ organisationId: '3', search: 'nobody', offset: 0 });
  });

  it('takes a role away from one row after confirmation and refreshes the list', async () => {
    const { calls } = serveRoles();
    renderWithProviders(<RolesPage />);

    await userEvent.click(within(await memberRow('learner')).getByTestId('member-revoke'));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('撤销 learner 的「在校学生」角色？');
    await userEvent.click(within(tooltip).getByTestId('member-revoke-confirm'));

    expect(await screen.findByText('角色已撤销')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'RoleRevoke')?.variables).toEqual({
      userId: '8',
      account: null,
      role: 'SCHOOL_STUDENT',
      organisationId: '1',
    });
    await waitFor(() => expect(screen.getAllByTestId('member-row').map((row) => row.getAttribute('data-username'))).toEqual(['teacher']));
  });

  it('shows a refused revocation as an alert', async () => {
    serveRoles({ RoleRevoke: () => ({ roleRevoke: refused('PERMISSION_DENIED', 'You do not have permission to do this.') }) });
    renderWithProviders(<RolesPage />);

    await userEvent.click(within(await memberRow('teacher')).getByTestId('member-revoke'));
    await userEvent.click(within(await screen.findByRole('tooltip')).getByTestId('member-revoke-confirm'));

    expect(await screen.findByTestId('members-problem')).toHaveTextContent('没有访问权限');
    expect(await memberRow('teacher')).toBeInTheDocument();
  });

  it('refreshes the holders after a role is given through the form', async () => {
    const { calls } = serveRoles();
    renderWithProviders(<RolesPage />);
    await memberRow('teacher');
    const form = screen.getByTestId('role-form');

    fill(within(form).getByLabelText('用户账号'), 'reviewer');
    await userEvent.click(within(form).getByLabelText('角色'));
    await userEvent.click(await screen.findByTitle('审核员'));
    await userEvent.click(screen.getByTestId('role-assign'));

    expect(await memberRow('reviewer')).toHaveTextContent('审核员');
    expect(calls.find((call) => call.operation === 'RoleAssign')?.variables).toEqual({
      account: 'reviewer',
      userId: null,
      role: 'REVIEWER',
      organisationId: '1',
    });
  });

  it('shows one member’s full phone and name, and says the look is audited', async () => {
    const { calls } = serveRoles();
    renderWithProviders(<RolesPage />);

    await userEvent.click(within(await memberRow('teacher')).getByTestId('member-reveal'));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('teacher 的完整信息');
    expect(await within(dialog).findByTestId('personal-data-phone')).toHaveTextContent('13912341234');
    expect(within(dialog).getByTestId('personal-data-name')).toHaveTextContent('张海涛');
    expect(within(dialog).getByTestId('personal-data-audited')).toHaveTextContent('本次查看已记入审计日志');
    expect(calls.filter((call) => call.operation === 'PersonalDataView').map((call) => call.variables)).toEqual([{ userId: '7' }]);

    await userEvent.click(within(dialog).getByTestId('personal-data-close'));
    await waitFor(() => expect(screen.queryByText('13912341234')).not.toBeInTheDocument());
  });

  it('tells the security administrator plainly that full details are not theirs to see', async () => {
    serveRoles({
      Me: () => ({ me: fakeMe({ platformRole: 'SECURITY_ADMIN', isAdministrator: true, roles: [], twoFactor: { required: true, enrolled: true, verified: true } }) }),
      PersonalDataView: () => ({ personalDataView: { ...refused('PERMISSION_DENIED', '您没有执行此操作的权限。'), data: null } }),
    });
    renderWithProviders(<RolesPage />);

    await userEvent.click(within(await memberRow('teacher')).getByTestId('member-reveal'));

    const problem = await within(await screen.findByRole('dialog')).findByTestId('personal-data-problem');
    expect(problem).toHaveTextContent('没有访问权限');
    expect(problem).toHaveTextContent('只有该成员所在机构的机构管理员可以查看未脱敏的个人信息');
    expect(screen.queryByTestId('personal-data-phone')).not.toBeInTheDocument();
  });

  it('is translated', async () => {
    await i18n.changeLanguage('en');
    serveRoles();
    renderWithProviders(<RolesPage />);
    const teacher = await memberRow('teacher');
    expect(within(teacher).getByTestId('member-reveal')).toHaveTextContent('Show full details');
    expect(within(teacher).getByTestId('member-phone')).toHaveTextContent('Phone: 139****1234');
    expect(screen.getByRole('heading', { name: 'Role holders' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Give or take a role' })).toBeInTheDocument();
  });
});
