import { SafetyCertificateFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** "已实名": the person's real name was checked against a school roster. */
export function VerifiedBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('account.realName.verifiedHint')}>
      <span className={`zyk-verified${compact ? ' zyk-verified--compact' : ''}`} data-testid="verified-badge">
        <SafetyCertificateFilled aria-hidden />
        <span className={compact ? 'zyk-visually-hidden' : undefined}>{t('account.realName.verifiedBadge')}</span>
      </span>
    </Tooltip>
  );
}
