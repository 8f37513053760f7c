import { AuditOutlined, ControlOutlined, DownOutlined, FolderOpenOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { UserAvatar } from '@/components/user-avatar';
import { VerifiedBadge } from '@/components/verified-badge';
import { useLogout } from '@/hooks/use-logout';
import { useMe, type Me } from '@/hooks/use-me';
import { useStudioAccess } from '@/hooks/use-studio-access';
import { manageSections } from '@/lib/manage-sections';
import { loginPath } from '@/lib/next-path';

/** Roles whose holders work in the Wagtail admin. */
const ADMIN_ROLES = new Set(['EDITOR', 'REVIEWER']);

function usesAdmin(me: Me): boolean {
  return me.isAdministrator || me.roles.some((role) => ADMIN_ROLES.has(role.role));
}

/** Header corner: 登录 / 注册 when logged out; the person's menu when logged in. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me, isPending } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const studio = useStudioAccess();

  if (isPending) return <span className="zyk-user-menu zyk-user-menu--pending" aria-hidden />;

  if (!me) {
    const here = location.pathname + location.search + location.hash;
    return (
      <div className="zyk-user-menu zyk-user-menu--anonymous">
        <Link to={loginPath(here)} className="zyk-header__action" data-testid="header-login">
          {t('auth.login.link')}
        </Link>
        <Link to={loginPath(here, '/register')} className="zyk-header__action zyk-header__action--primary" data-testid="header-register">
          {t('auth.register.link')}
        </Link>
      </div>
    );
  }

  const items: MenuProps['items'] = [
    { key: 'me', icon: <UserOutlined />, label: <Link to="/me">{t('account.menu.space')}</Link> },
    ...(studio.canUpload
      ? [{ key: 'studio', icon: <FolderOpenOutlined />, label: <Link to="/my/resources" data-testid="menu-my-resources">{t('studio.nav.mine')}</Link> }]
      : []),
    ...(studio.canReview
      ? [{ key: 'review', icon: <AuditOutlined />, label: <Link to="/review" data-testid="menu-review">{t('studio.nav.review')}</Link> }]
      : []),
    ...(manageSections(me).length
      ? [{ key: 'manage', icon: <ControlOutlined />, label: <Link to="/manage" data-testid="header-manage">{t('manage.title')}</Link> }]
      : []),
    ...(usesAdmin(me)
      ? [{ key: 'admin', icon: <SettingOutlined />, label: <a href="/admin/">{t('account.menu.admin')}</a> }]
      : []),
    { type: 'divider' as const },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="header-logout">{t('account.menu.logout')}</span>,
      onClick: () =>
        logout.mutate({}, {
          onSuccess: () => void message.success(t('account.menu.loggedOut')),
          onSettled: () => void navigate('/'),
        }),
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="zyk-user-menu" data-testid="user-menu" aria-label={t('account.menu.label', { name: me.displayName })}>
        <UserAvatar me={me} size={30} />
        <span className="zyk-user-menu__name">{me.displayName}</span>
        {me.realNameVerified ? <VerifiedBadge compact /> : null}
        <DownOutlined className="zyk-user-menu__caret" aria-hidden />
      </Button>
    </Dropdown>
  );
}
