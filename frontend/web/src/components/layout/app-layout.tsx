import { Outlet, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="zyk-app">
      <a className="zyk-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="zyk-main" tabIndex={-1}>
        <Outlet />
      </main>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
