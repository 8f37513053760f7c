import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ManageActionAlert } from '@/components/manage/action-alert';
import type { OrganisationMember } from '../api/get-organisation-members';

export interface PersonalDataState {
  member: OrganisationMember;
  pending: boolean;
  data?: { phone: string; realName: string } | null;
  error?: unknown;
}

/**
 * A member's unmasked phone and real name, and the reminder that looking was recorded in the audit
 * log. Only an administrator of the member's organisation may look; anyone else (the security
 * administrator too) is told so plainly.
 */
export function PersonalDataModal({ state, onClose }: { state: PersonalDataState | null; onClose: () => void }) {
  const { t } = useTranslation();
  const member = state?.member;
  return (
    <Modal
      open={Boolean(state)}
      title={member ? t('manage.members.revealTitle', { username: member.username }) : null}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="personal-data-close">
          {t('manage.members.close')}
        </Button>
      }
      destroyOnHidden
    >
      <div data-testid="personal-data">
        {state?.pending ? <Skeleton active title={false} paragraph={{ rows: 2 }} /> : null}
        {state?.error ? (
          <ManageActionAlert
            error={state.error}
            testId="personal-data-problem"
            messages={{ PERMISSION_DENIED: t('manage.members.revealDenied') }}
          />
        ) : null}
        {state?.data ? (
          <>
            <Descriptions column={1} size="small" bordered className="zyk-manage__note" styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={t('manage.members.columns.account')}>{member?.username}</Descriptions.Item>
              <Descriptions.Item label={t('manage.members.realName')}>
                <span data-testid="personal-data-name">{state.data.realName || <span className="zyk-muted">{t('manage.members.notGiven')}</span>}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('manage.members.columns.phone')}>
                <span data-testid="personal-data-phone">{state.data.phone || <span className="zyk-muted">{t('manage.members.notGiven')}</span>}</span>
              </Descriptions.Item>
            </Descriptions>
            <Alert type="warning" showIcon icon={<AuditOutlined />} message={t('manage.members.audited')} data-testid="personal-data-audited" />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
