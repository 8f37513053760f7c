import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { VerifiedBadge } from '@/components/verified-badge';
import type { Me } from '@/hooks/use-me';
import { AccountCard } from './account-card';

const STATUS_TYPES = { VERIFIED: 'success', PENDING: 'info', REJECTED: 'warning', UNVERIFIED: 'info' } as const;

/** 实名认证: the state of the person's real-name check against a school roster. */
export function RealNameTab({ me }: { me: Me }) {
  const { t } = useTranslation();
  const status = me.realNameStatus;
  return (
    <AccountCard title={t('account.realName.title')} testId="real-name">
      <Alert
        type={STATUS_TYPES[status]}
        showIcon
        message={t(`account.realName.status.${status}`)}
        description={t(`account.realName.statusHint.${status}`)}
        data-testid="real-name-status"
      />
      {me.realNameVerified ? (
        <Descriptions column={{ xs: 1, md: 2 }} size="small" className="zyk-real-name__facts">
          <Descriptions.Item label={t('account.profile.realName')}>
            <span className="zyk-inline-badges">
              {me.realName}
              <VerifiedBadge />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('account.profile.number')}>{me.studentOrStaffNumber}</Descriptions.Item>
          {me.department ? <Descriptions.Item label={t('account.profile.department')}>{me.department}</Descriptions.Item> : null}
          {me.className ? <Descriptions.Item label={t('account.profile.className')}>{me.className}</Descriptions.Item> : null}
        </Descriptions>
      ) : null}
    </AccountCard>
  );
}
