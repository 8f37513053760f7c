import { LockOutlined, SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import type { ManagedUser } from '../api/get-users';

/** 已停用 / 已锁定 (until when) / 正常. */
export function UserStatusTags({ user }: { user: ManagedUser }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <span className="zyk-manage__tags" data-testid="user-status">
      {!user.isActive ? (
        <Tag color="error" icon={<StopOutlined />}>
          {t('manage.users.disabled')}
        </Tag>
      ) : null}
      {user.lockedUntil ? (
        <Tooltip title={t('manage.users.lockedUntil', { time: formatDateTime(user.lockedUntil, language) })}>
          <Tag color="warning" icon={<LockOutlined />}>
            {t('manage.users.locked')}
          </Tag>
        </Tooltip>
      ) : null}
      {user.isActive && !user.lockedUntil ? <Tag color="success">{t('manage.users.active')}</Tag> : null}
    </span>
  );
}

/** The separated administrator role (系统/安全/审计管理员), when the account has one. */
export function PlatformRoleTag({ role }: { role: string | null }) {
  const { t } = useTranslation();
  if (!role) return null;
  return <Tag color="blue">{t(`manage.users.platformRoles.${role}`, { defaultValue: role })}</Tag>;
}

/** 已实名: the real name was checked against a roster. */
export function VerifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  if (!verified) return null;
  return (
    <Tag color="green" icon={<SafetyCertificateOutlined />}>
      {t('account.realName.verifiedBadge')}
    </Tag>
  );
}
