import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { PortalStatus } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';

/**
 * Above a preview of the team's draft: what is shown is not published yet, where it is in the review, and
 * links to the editor and the live page. Without `status` the viewer may not preview (not on the team).
 */
export function PortalPreviewBanner({ courseId, status, updatedAt }: { courseId: string; status: PortalStatus | null; updatedAt?: string | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="zyk-portal-preview" role="status" data-testid="portal-preview-banner" data-status={status ?? 'NONE'}>
      <div className="zyk-container zyk-portal-preview__inner">
        <EyeOutlined aria-hidden className="zyk-portal-preview__icon" />
        <p className="zyk-portal-preview__text">
          {status ? (
            <>
              <strong>{t('coursePortal.preview.title')}</strong>
              <span className="zyk-portal-preview__sep" aria-hidden>
                ·
              </span>
              <span data-testid="portal-preview-status">{t('coursePortal.preview.status', { status: t(`coursePortal.status.${status}`) })}</span>
              {updatedAt ? <span className="zyk-portal-preview__time">{t('coursePortal.preview.savedAt', { time: formatDateTime(updatedAt, language) })}</span> : null}
            </>
          ) : (
            <strong>{t('coursePortal.preview.unavailable')}</strong>
          )}
        </p>
        <span className="zyk-portal-preview__links">
          {status ? (
            <Link to={`/courses/${courseId}/portal`} data-testid="portal-preview-edit">
              <EditOutlined aria-hidden /> {t('coursePortal.preview.backToEditor')}
            </Link>
          ) : null}
          <Link to={`/courses/${courseId}`} data-testid="portal-preview-live">
            {t('coursePortal.preview.live')}
          </Link>
        </span>
      </div>
    </div>
  );
}
