import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { MeFieldsFragment } from '@zyk/shared';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { ApiError } from '@/lib/graphql-client';
import i18n from '@/lib/i18n';
import type { ManageSection } from '@/lib/manage-sections';
import { ManageLayout, ManageSectionGate } from './manage-layout';
import { ManageErrorState } from './manage-problem';

function me(overrides: Partial<MeFieldsFragment> = {}): MeFieldsFragment {
  return {
    id: '7',
    username: 'someone',
    displayName: '周建华',
    realName: '周建华',
    title: '',
    phoneMasked: '',
    phoneVerified: false,
    email: '',
    emailVerified: false,
    avatarUrl: null,
    realNameStatus: 'NONE' as MeFieldsFragment['realNameStatus'],
    realNameVerified: false,
    studentOrStaffNumber: '',
    department: '',
    className: '',
    platformRole: null,
    platformRoleLabel: null,
    roles: [],
    isAdministrator: false,
    twoFactor: { required: false, enrolled: false, verified: false },
    wechatLinked: false,
    ...overrides,
  };
}

const verifiedAdmin = { isAdministrator: true, twoFactor: { required: true, enrolled: true, verified: true } };
const orgAdmin = me({
  ...verifiedAdmin,
  roles: [{ role: 'ORGANISATION_ADMIN', label: '机构管理员', organisation: { id: '1', name: '示范职业技术学院' } }],
});

/** The API answers `me` with `person`; nothing else is asked for by the layout itself. */
function serve(person: MeFieldsFragment | null) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
    new Response(JSON.stringify({ data: { me: person } }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderManage(path: string) {
  const section = (name: ManageSection) => ({
    path: name,
    element: (
      <ManageSectionGate section={name}>
        <p data-testid="section">{name}</p>
      </ManageSectionGate>
    ),
  });
  const router = createMemoryRouter(
    [
      { path: '/manage', element: <ManageLayout />, children: [section('organisations'), section('rosters'), section('roles'), section('users'), section('audit')] },
      { path: '*', element: <Where /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

async function navLinks() {
  const nav = await screen.findByTestId('manage-nav');
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href'));
}

describe('management console navigation', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows an organisation administrator organisations, rosters and roles, and opens the first', async () => {
    serve(orgAdmin);
    const router = renderManage('/manage');
    expect(await navLinks()).toEqual(['/manage/organisations', '/manage/rosters', '/manage/roles']);
    expect(await screen.findByTestId('section')).toHaveTextContent('organisations');
    expect(router.state.location.pathname).toBe('/manage/organisations');
    expect(screen.getByRole('navigation', { name: '管理中心导航' })).toHaveTextContent('共建单位花名册角色分配');
  });

  it('shows the audit administrator the audit log only', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'AUDIT_ADMIN' }));
    renderManage('/manage/audit');
    expect(await navLinks()).toEqual(['/manage/audit']);
    expect(await screen.findByTestId('section')).toHaveTextContent('audit');
  });

  it('shows the security administrator roles only', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'SECURITY_ADMIN' }));
    renderManage('/manage');
    expect(await navLinks()).toEqual(['/manage/roles']);
  });

  it('shows the system administrator organisations and user accounts', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'SYSTEM_ADMIN' }));
    renderManage('/manage/users');
    expect(await navLinks()).toEqual(['/manage/organisations', '/manage/users']);
    expect(await screen.findByTestId('section')).toHaveTextContent('users');
    expect(screen.getByRole('navigation', { name: '管理中心导航' })).toHaveTextContent('共建单位用户管理');
  });

  it('keeps user accounts from everyone but the system administrator', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'SECURITY_ADMIN' }));
    renderManage('/manage/users');
    expect(await screen.findByTestId('manage-no-access')).toBeInTheDocument();
    expect(screen.queryByTestId('section')).not.toBeInTheDocument();
  });

  it('refuses the audit log to the system administrator', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'SYSTEM_ADMIN' }));
    renderManage('/manage/audit');
    expect(await screen.findByTestId('manage-no-access')).toHaveTextContent('没有访问权限');
  });

  it('refuses a section outside the duties, with a translated message', async () => {
    serve(me({ ...verifiedAdmin, platformRole: 'AUDIT_ADMIN' }));
    renderManage('/manage/rosters');
    expect(await screen.findByTestId('manage-no-access')).toHaveTextContent('没有访问权限');
    expect(screen.queryByTestId('section')).not.toBeInTheDocument();
  });

  it('offers no console to people without an administrator role', async () => {
    serve(me({ roles: [{ role: 'TEACHER', label: '教师', organisation: { id: '1', name: '示范职业技术学院' } }] }));
    renderManage('/manage');
    expect(await screen.findByTestId('manage-no-access')).toBeInTheDocument();
    expect(screen.queryByTestId('manage-nav')).not.toBeInTheDocument();
  });

  it('sends an administrator who has not passed two-factor login there first, and back afterwards', async () => {
    serve(me({ ...orgAdmin, twoFactor: { required: true, enrolled: true, verified: false } }));
    renderManage('/manage/rosters?organisation=3');
    expect(await screen.findByTestId('where')).toHaveTextContent(`/two-factor?next=${encodeURIComponent('/manage/rosters?organisation=3')}`);
  });

  it('sends logged-out visitors to log in', async () => {
    serve(null);
    renderManage('/manage/audit');
    expect(await screen.findByTestId('where')).toHaveTextContent(`/login?next=${encodeURIComponent('/manage/audit')}`);
  });

  it('is translated', async () => {
    await i18n.changeLanguage('en');
    serve(orgAdmin);
    renderManage('/manage/roles');
    const nav = await screen.findByRole('navigation', { name: 'Management sections' });
    expect(nav).toHaveTextContent('OrganisationsRostersRoles');
  });
});

describe('ManageErrorState', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  function renderError(error: unknown) {
    const router = createMemoryRouter([{ path: '*', element: <ManageErrorState error={error} /> }], { initialEntries: ['/manage/audit'] });
    render(
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>,
    );
  }

  it('explains a missing two-factor step and links to it', async () => {
    renderError(new ApiError('Administrators must confirm…', 'TWO_FACTOR_REQUIRED', 200));
    const box = await screen.findByTestId('manage-two-factor-required');
    expect(box).toHaveTextContent('需要二次验证');
    expect(within(box).getByRole('link', { name: '去验证' })).toHaveAttribute('href', `/two-factor?next=${encodeURIComponent('/manage/audit')}`);
  });

  it('explains a refusal in the UI language', async () => {
    renderError(new ApiError('You do not have permission to do this.', 'PERMISSION_DENIED', 200));
    expect(await screen.findByTestId('manage-permission-denied')).toHaveTextContent('你的角色无权使用这部分管理功能');
  });
});
