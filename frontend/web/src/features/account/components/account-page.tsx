import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UserAvatar } from '@/components/user-avatar';
import { VerifiedBadge } from '@/components/verified-badge';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { Me } from '@/hooks/use-me';
import { LoginHistoryTab } from './login-history-tab';
import { ProfileTab } from './profile-tab';
import { RealNameTab } from './real-name-tab';
import { SecurityTab } from './security-tab';
import { SessionsTab } from './sessions-tab';

export const ACCOUNT_TABS = ['profile', 'security', 'real-name', 'history', 'devices'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

/** 个人空间 (O3): profile, security, real name, login history and devices, one tab each (`/me/<tab>`). */
export function AccountPage({ me, tab }: { me: Me; tab: AccountTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('account.documentTitle', { tab: t(`account.tabs.${tab}`) }));

  const content = {
    profile: <ProfileTab me={me} />,
    security: <SecurityTab me={me} />,
    'real-name': <RealNameTab me={me} />,
    history: <LoginHistoryTab />,
    devices: <SessionsTab />,
  }[tab];

  return (
    <div data-testid="account-page">
      <div className="zyk-account-hero">
        <div className="zyk-container zyk-account-hero__inner">
          <UserAvatar me={me} size={64} />
          <div className="zyk-account-hero__text">
            <h1 className="zyk-account-hero__name" data-testid="account-name">
              <span>{me.displayName}</span>
              {me.realNameVerified ? <VerifiedBadge /> : null}
            </h1>
            <p className="zyk-account-hero__meta">
              {[me.platformRoleLabel, ...me.roles.map((role) => (role.organisation ? `${role.label} · ${role.organisation.name}` : role.label))]
                .filter(Boolean)
                .join(t('common.listSeparator')) || t('account.hero.noRoles')}
            </p>
          </div>
        </div>
      </div>
      <div className="zyk-container zyk-page zyk-account">
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(key === 'profile' ? '/me' : `/me/${key}`)}
          className="zyk-account__tabs"
          items={ACCOUNT_TABS.map((key) => ({ key, label: <span data-testid={`account-tab-${key}`}>{t(`account.tabs.${key}`)}</span> }))}
        />
        <div className="zyk-account__panel" role="tabpanel" aria-label={t(`account.tabs.${tab}`)}>
          {content}
        </div>
      </div>
    </div>
  );
}
