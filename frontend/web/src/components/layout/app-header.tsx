import { ReadOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { LibraryLogo } from './library-logo';
import { StudioLinks } from './studio-links';
import { UserMenu } from './user-menu';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="zyk-header">
      <div className="zyk-container zyk-header__inner">
        <Link to="/" className="zyk-brand" aria-label={t('app.nav.home')}>
          <LibraryLogo className="zyk-brand__logo" />
          <span className="zyk-brand__text">
            <span className="zyk-brand__name zyk-brand__name--full">{t('app.libraryName')}</span>
            <span className="zyk-brand__name zyk-brand__name--short" aria-hidden="true">
              {t('app.libraryShortName')}
            </span>
            <span className="zyk-brand__subtitle">{t('app.librarySubtitle')}</span>
          </span>
        </Link>
        <nav className="zyk-header__nav" aria-label={t('app.nav.main')}>
          <Link to="/" className="zyk-header__link">
            {t('app.nav.home')}
          </Link>
          <Link to="/courses" className="zyk-header__link" data-testid="nav-courses">
            {t('catalogue.nav')}
          </Link>
          <Link to="/resources" className="zyk-header__link" data-testid="nav-library">
            {t('library.nav')}
          </Link>
          <StudioLinks />
        </nav>
        <Link to="/courses" className="zyk-header__search" aria-label={t('catalogue.nav')} data-testid="nav-courses-phone">
          <ReadOutlined aria-hidden />
        </Link>
        <Link to="/resources" className="zyk-header__search" aria-label={t('library.nav')} data-testid="nav-library-phone">
          <SearchOutlined aria-hidden />
        </Link>
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
