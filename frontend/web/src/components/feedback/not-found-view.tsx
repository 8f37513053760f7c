import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The 404 page: unknown routes and courses/majors the API does not know (or has not published). */
export function NotFoundView() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.title')} · ${t('app.libraryName')}`);
  return (
    <div className="zyk-container zyk-state zyk-not-found" data-testid="not-found">
      <p className="zyk-not-found__code" aria-hidden="true">
        {t('notFound.code')}
      </p>
      <h1 className="zyk-not-found__title">{t('notFound.title')}</h1>
      <p className="zyk-not-found__text">{t('notFound.description')}</p>
      <Link to="/" className="zyk-button-link">
        <HomeOutlined aria-hidden="true" />
        {t('common.backHome')}
      </Link>
    </div>
  );
}
