import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ManagedUserFieldsFragment } from '@zyk/shared';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, graphqlError, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { UsersPage } from './users-page';

const sysadmin = fakeMe({
  id: '1',
  username: 'sysadmin',
  platformRole: 'SYSTEM_ADMIN',
  isAdministrator: true,
  roles: [],
  twoFactor: { required: true, enrolled: true, verified: true },
});

function account(overrides: Partial<ManagedUserFieldsFragment> = {}): ManagedUserFieldsFragment {
  return {
    id: '7',
    username: 'teacher',
    nameMasked: '张*涛',
    phoneMasked: '139****1234',
    email: 'teacher@example.cn',
    isActive: true,
    lockedUntil: null,
    platformRole: null,
    realNameVerified: true,
    twoFactorEnrolled: true,
    dateJoined: '2025-03-01T08:00:00+08:00',
    lastLogin: '2025-03-05T14:03:00+08:00',
    ...overrides,
  };
}

const people = () => [
  account(),
  account({ id: '8', username: 'learner', nameMasked: '陈*明', phoneMasked: '', email: '', realNameVerified: false, isActive: false, twoFactorEnrolled: false }),
  account({ id: '9', username: 'editor', nameMasked: '李*燕', lockedUntil: '2099-01-01T00:00:00+08:00', realNameVerified: false }),
  account({ id: '1', username: 'sysadmin', nameMasked: '赵*新', platformRole: 'SYSTEM_ADMIN', realNameVerified: false }),
];

/** A tiny users API: the list, and the three actions changing it. */
function serveUsers(overrides: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  let rows = people();
  const change = (id: unknown, patch: Partial<ManagedUserFieldsFragment>) => {
    rows = rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
    return rows.find((row) => row.id === id) ?? null;
  };
  return mockGraphql({
    Me: () => ({ me: sysadmin }),
    ManagedUsers: ({ search }) => {
      const items = rows.filter((row) => !search || row.username.includes(String(search)));
      return { users: { totalCount: items.length, items } };
    },
    UserSetActive: ({ userId, active }) => ({ userSetActive: { ...ok(), user: change(userId, { isActive: Boolean(active) }) } }),
    UserUnlock: ({ userId }) => ({ userUnlock: { ...ok(), user: change(userId, { lockedUntil: null }) } }),
    TwoFactorReset: () => ({ twoFactorReset: ok() }),
    ...overrides,
  });
}

const row = async (username: string) => {
  const rows = await screen.findAllByTestId('user-row');
  const found = rows.find((element) => element.getAttribute('data-username') === username);
  if (!found) throw new Error(`no row for ${username}`);
  return found;
};

/** The confirm dialog's OK button (antd renders it outside the row). */
const confirmDialog = async () => {
  const dialog = await screen.findByRole('dialog');
  return { dialog, ok: within(dialog).getByTestId('user-confirm') };
};

const listReads = (calls: { operation: string }[]) => calls.filter((call) => call.operation === 'ManagedUsers').length;

describe('UsersPage', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists accounts with masked data and tags for disabled, locked, platform role and verified', async () => {
    serveUsers();
    renderWithProviders(<UsersPage />);

    const teacher = await row('teacher');
    expect(teacher).toHaveTextContent('张*涛 · 139****1234');
    expect(teacher).toHaveTextContent('已实名');
    expect(teacher).toHaveTextContent('正常');
    expect(within(teacher).queryByTestId('user-unlock')).not.toBeInTheDocument();
    expect(within(await row('learner')).getByTestId('user-status')).toHaveTextContent('已停用');
    expect(within(await row('learner')).getByTestId('user-enable')).toBeInTheDocument();
    expect(within(await row('editor')).getByTestId('user-status')).toHaveTextContent('已锁定');
    const me = await row('sysadmin');
    expect(me).toHaveTextContent('系统管理员');
    expect(me).toHaveTextContent('sysadmin · 我');
  });

  it('searches by the text typed, from the first page', async () => {
    const { calls } = serveUsers();
    renderWithProviders(<UsersPage />);
    await row('teacher');

    const search = screen.getByRole('searchbox', { name: '账号、邮箱、手机号或姓名' });
    await userEvent.type(search, ' teach {Enter}');

    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(1));
    expect(calls.filter((call) => call.operation === 'ManagedUsers').at(-1)?.variables).toEqual({ search: 'teach', limit: 20, offset: 0 });
    expect(calls.every((call) => call.method === 'POST')).toBe(true);
  });

  it('disables an account after confirmation, and enables it again', async () => {
    const { calls } = serveUsers();
    renderWithProviders(<UsersPage />);

    await userEvent.click(within(await row('teacher')).getByTestId('user-disable'));
    const { dialog, ok: confirm } = await confirmDialog();
    expect(dialog).toHaveTextContent('停用账号 teacher？');
    expect(dialog).toHaveTextContent('所有设备上的登录会立即结束');
    const before = listReads(calls);
    await userEvent.click(confirm);

    expect(calls.find((call) => call.operation === 'UserSetActive')?.variables).toEqual({ userId: '7', active: false });
    expect(await screen.findByText('已停用 teacher，其登录已全部结束')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getAllByTestId('user-row')[0]).getByTestId('user-status')).toHaveTextContent('已停用'));
    expect(listReads(calls)).toBeGreaterThan(before);

    await userEvent.click(within(await row('teacher')).getByTestId('user-enable'));
    await userEvent.click((await confirmDialog()).ok);
    expect(calls.filter((call) => call.operation === 'UserSetActive').at(-1)?.variables).toEqual({ userId: '7', active: true });
    await waitFor(async () => expect(within(await row('teacher')).getByTestId('user-status')).toHaveTextContent('正常'));
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { calls } = serveUsers();
    renderWithProviders(<UsersPage />);
    await userEvent.click(within(await row('teacher')).getByTestId('user-disable'));
    const { dialog } = await confirmDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: /取\s?消/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((call) => call.operation === 'UserSetActive')).toBe(false);
  });

  it('unlocks a locked account at once and refreshes the list', async () => {
    const { calls } = serveUsers();
    renderWithProviders(<UsersPage />);

    await userEvent.click(within(await row('editor')).getByTestId('user-unlock'));

    expect(await screen.findByText('已解除 editor 的锁定')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'UserUnlock')?.variables).toEqual({ userId: '9' });
    await waitFor(async () => expect(within(await row('editor')).queryByTestId('user-unlock')).not.toBeInTheDocument());
    expect(within(await row('editor')).getByTestId('user-status')).toHaveTextContent('正常');
  });

  it('offers a two-factor reset only where an authenticator is set up', async () => {
    serveUsers();
    renderWithProviders(<UsersPage />);
    expect(within(await row('editor')).getByTestId('user-reset-two-factor')).toBeInTheDocument();
    expect(within(await row('learner')).queryByTestId('user-reset-two-factor')).not.toBeInTheDocument();
  });

  it('resets two-factor login after confirmation', async () => {
    const { calls } = serveUsers();
    renderWithProviders(<UsersPage />);

    await userEvent.click(within(await row('editor')).getByTestId('user-reset-two-factor'));
    const { dialog, ok: confirm } = await confirmDialog();
    expect(dialog).toHaveTextContent('重置 editor 的二次验证？');
    await userEvent.click(confirm);

    expect(await screen.findByText('已重置 editor 的二次验证')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'TwoFactorReset')?.variables).toEqual({ userId: '9' });
  });

  it('shows the refusal to disable one’s own account as an alert', async () => {
    serveUsers({ UserSetActive: () => ({ userSetActive: { ...refused('CONFLICT', '不能停用自己的账号。'), user: null } }) });
    renderWithProviders(<UsersPage />);

    await userEvent.click(within(await row('sysadmin')).getByTestId('user-disable'));
    await userEvent.click((await confirmDialog()).ok);

    const alert = await screen.findByTestId('users-problem');
    expect(alert).toHaveAttribute('data-code', 'CONFLICT');
    expect(alert).toHaveTextContent('与现有信息冲突');
    expect(alert).toHaveTextContent('不能停用自己的账号。');
    expect(within(await row('sysadmin')).getByTestId('user-status')).toHaveTextContent('正常');
  });

  it('explains a missing two-factor step and links to it', async () => {
    serveUsers({ UserUnlock: () => ({ userUnlock: { ...refused('TWO_FACTOR_REQUIRED', 'Administrators must confirm…'), user: null } }) });
    renderWithProviders(<UsersPage />, '/?from=users');

    await userEvent.click(within(await row('editor')).getByTestId('user-unlock'));

    const alert = await screen.findByTestId('users-problem');
    expect(alert).toHaveTextContent('需要二次验证');
    expect(alert).toHaveTextContent('管理员需先完成动态验证码');
    expect(within(alert).getByRole('link', { name: '去验证' })).toHaveAttribute('href', `/two-factor?next=${encodeURIComponent('/?from=users')}`);
  });

  it('explains a refused action in the UI language', async () => {
    serveUsers({ TwoFactorReset: () => ({ twoFactorReset: refused('PERMISSION_DENIED', 'You do not have permission to do this.') }) });
    renderWithProviders(<UsersPage />);

    await userEvent.click(within(await row('teacher')).getByTestId('user-reset-two-factor'));
    await userEvent.click((await confirmDialog()).ok);

    const alert = await screen.findByTestId('users-problem');
    expect(alert).toHaveTextContent('没有访问权限');
    expect(alert).toHaveTextContent('你的角色无权使用这部分管理功能');
  });

  it('shows a refused list as a console problem, not an empty table', async () => {
    mockGraphql({ Me: () => ({ me: sysadmin }), ManagedUsers: () => graphqlError('PERMISSION_DENIED', 'You do not have permission to do this.') });
    renderWithProviders(<UsersPage />);
    expect(await screen.findByTestId('manage-permission-denied')).toHaveTextContent('没有访问权限');
  });

  it('pages through the accounts', async () => {
    const many = Array.from({ length: 20 }, (_, i) => account({ id: String(100 + i), username: `user${i}` }));
    const { calls } = mockGraphql({
      Me: () => ({ me: sysadmin }),
      ManagedUsers: ({ offset }) => ({ users: { totalCount: 45, items: offset ? [account({ id: '200', username: 'later' })] : many } }),
    });
    renderWithProviders(<UsersPage />);
    await row('user0');

    await userEvent.click(screen.getByTitle('2'));

    expect(await row('later')).toBeInTheDocument();
    expect(calls.filter((call) => call.operation === 'ManagedUsers').at(-1)?.variables).toMatchObject({ limit: 20, offset: 20 });
  });

  it('is a table on wide screens, in English too', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: true,
          media: query,
          onchange: null,
          addListener: () => {},
          removeListener: () => {},
          addEventListener: () => {},
          removeEventListener: () => {},
          dispatchEvent: () => false,
        }) as MediaQueryList,
    );
    await i18n.changeLanguage('en');
    serveUsers();
    renderWithProviders(<UsersPage />);

    const table = await screen.findByTestId('users-table');
    expect(within(table).getByRole('columnheader', { name: 'Account' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeInTheDocument();
    const learner = await row('learner');
    expect(learner.tagName).toBe('TR');
    expect(learner).toHaveTextContent('Disabled');
    expect(within(learner).getByTestId('user-enable')).toHaveTextContent('Enable');
    expect(await row('sysadmin')).toHaveTextContent('System administrator');
  });
});
