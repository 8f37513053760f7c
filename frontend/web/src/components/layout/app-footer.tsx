import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LibraryLogo } from './library-logo';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="zyk-footer">
      <div className="zyk-container zyk-footer__inner">
        <div className="zyk-footer__brand">
          <LibraryLogo className="zyk-footer__logo" />
          <div>
            <p className="zyk-footer__name">{t('app.libraryName')}</p>
            <p className="zyk-footer__about">{t('app.footer.about')}</p>
          </div>
        </div>
        <nav aria-label={t('app.footer.nav')} className="zyk-footer__nav">
          <Link to="/">{t('app.footer.home')}</Link>
        </nav>
      </div>
      <div className="zyk-container">
        <p className="zyk-footer__copyright">{t('app.footer.copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
