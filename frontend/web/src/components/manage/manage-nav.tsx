import { ApartmentOutlined, AuditOutlined, IdcardOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { managePath, type ManageSection } from '@/lib/manage-sections';

const ICONS: Record<ManageSection, ReactNode> = {
  organisations: <ApartmentOutlined aria-hidden />,
  rosters: <IdcardOutlined aria-hidden />,
  roles: <TeamOutlined aria-hidden />,
  users: <UserOutlined aria-hidden />,
  audit: <AuditOutlined aria-hidden />,
};

/** The console's own menu: only the sections the person may use (a column on desktop, a strip on phones). */
export function ManageNav({ sections }: { sections: readonly ManageSection[] }) {
  const { t } = useTranslation();
  return (
    <nav className="zyk-manage__nav" aria-label={t('manage.nav.label')} data-testid="manage-nav">
      <p className="zyk-manage__nav-title">{t('manage.title')}</p>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <NavLink
              to={managePath(section)}
              className={({ isActive }) => `zyk-manage__nav-link${isActive ? ' zyk-manage__nav-link--active' : ''}`}
              data-testid={`manage-nav-${section}`}
            >
              {ICONS[section]}
              <span>{t(`manage.nav.${section}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
