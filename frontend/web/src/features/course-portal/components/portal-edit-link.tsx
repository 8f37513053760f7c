import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { PortalStatus } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pill, type PillTone } from '@/components/pill';

const TONES: Record<PortalStatus, PillTone> = {
  PUBLISHED: 'teal',
  DRAFT: 'grey',
  IN_REVIEW: 'blue',
  CHANGES_REQUESTED: 'orange',
};

/** 编辑课程门户 on the course page, for the team only, with the draft's review status and a preview link. */
export function PortalEditLink({ courseId, status }: { courseId: string; status: PortalStatus }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-card zyk-portal-edit" data-testid="portal-edit-entry">
      <Link to={`/courses/${courseId}/portal`} className="zyk-button-link zyk-portal-edit__link" data-testid="portal-edit-link">
        <EditOutlined aria-hidden /> {t('coursePortal.edit.link')}
      </Link>
      <p className="zyk-portal-edit__status">
        <span className="zyk-colon">{t('coursePortal.edit.status')}</span>
        <Pill tone={TONES[status]}>{t(`coursePortal.status.${status}`)}</Pill>
        {status !== 'PUBLISHED' ? (
          <Link to={`/courses/${courseId}?preview=draft`} className="zyk-portal-edit__preview" data-testid="portal-edit-preview">
            <EyeOutlined aria-hidden /> {t('coursePortal.edit.preview')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
