import type { PortalStatus } from '@zyk/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';

const TYPES: Record<PortalStatus, 'success' | 'info' | 'warning' | 'error'> = {
  PUBLISHED: 'success',
  DRAFT: 'info',
  IN_REVIEW: 'warning',
  CHANGES_REQUESTED: 'error',
};

/** Where the team's change is: live, saved as a draft, in review (read-only) or sent back with the reviewer's comment. */
export function PortalStatusAlert({ status, comment, updatedAt }: { status: PortalStatus; comment: string; updatedAt: string | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const time = updatedAt ? formatDateTime(updatedAt, language) : '';
  return (
    <Alert
      className="zyk-portal-status"
      type={TYPES[status]}
      showIcon
      role="status"
      data-testid="portal-status"
      data-status={status}
      message={
        <span>
          <strong>{t(`coursePortal.status.${status}`)}</strong>
          {time && status !== 'PUBLISHED' ? <span className="zyk-portal-status__time">{t('coursePortal.editor.savedAt', { time })}</span> : null}
        </span>
      }
      description={
        <>
          <p>{t(`coursePortal.editor.statusText.${status}`)}</p>
          {status === 'CHANGES_REQUESTED' ? (
            <div className="zyk-portal-status__comment" data-testid="portal-review-comment">
              <span className="zyk-colon">{t('coursePortal.editor.reviewComment')}</span>
              <span className="zyk-portal-status__comment-text">{comment.trim() || t('coursePortal.editor.noComment')}</span>
            </div>
          ) : null}
        </>
      }
    />
  );
}
