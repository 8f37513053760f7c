import { Button, Descriptions, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@/hooks/use-me';
import { loginPath } from '@/lib/next-path';
import { AccountCard } from './account-card';
import { ContactChangeForm } from './contact-change-form';
import { PasswordChangeForm } from './password-change-form';

/** 账号安全: password, phone, email and the two-factor state. */
export function SecurityTab({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-account-grid">
      <AccountCard title={t('account.security.password')}>
        <p className="zyk-muted zyk-account-card__lead">{t('account.security.passwordLead')}</p>
        <PasswordChangeForm me={me} />
      </AccountCard>
      <div>
        <ContactCard
          channel="SMS"
          title={t('account.security.phone')}
          current={me.phoneMasked}
          verified={me.phoneVerified}
        />
        <ContactCard channel="EMAIL" title={t('account.security.email')} current={me.email} verified={me.emailVerified} />
        <AccountCard title={t('account.security.twoFactor')} testId="two-factor-status">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('account.security.twoFactorRequired')}>
              {me.twoFactor.required ? t('common.yes') : t('account.security.twoFactorNotRequired')}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.security.twoFactorEnrolled')}>
              {me.twoFactor.enrolled ? <Tag color="success">{t('account.security.enrolled')}</Tag> : <Tag>{t('account.security.notEnrolled')}</Tag>}
            </Descriptions.Item>
            {me.twoFactor.required ? (
              <Descriptions.Item label={t('account.security.twoFactorVerified')}>
                {me.twoFactor.verified ? t('common.yes') : t('common.no')}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {me.twoFactor.required && !me.twoFactor.enrolled ? (
            <Link to={loginPath('/me/security', '/two-factor')}>{t('account.security.enrolNow')}</Link>
          ) : null}
        </AccountCard>
      </div>
    </div>
  );
}

function ContactCard({ channel, title, current, verified }: { channel: 'SMS' | 'EMAIL'; title: string; current: string; verified: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <AccountCard
      title={title}
      testId={`contact-${channel.toLowerCase()}`}
      extra={
        <Button onClick={() => setEditing((value) => !value)} data-testid={`contact-${channel.toLowerCase()}-toggle`}>
          {editing ? t('common.cancel') : current ? t('account.security.change') : t('account.security.add')}
        </Button>
      }
    >
      <p className="zyk-inline-badges">
        <span className="zyk-break">{current || t('account.security.notSet')}</span>
        {current ? (
          <Tag color={verified ? 'success' : undefined}>{verified ? t('account.profile.confirmed') : t('account.profile.unconfirmed')}</Tag>
        ) : null}
      </p>
      {editing ? <ContactChangeForm channel={channel} onDone={() => setEditing(false)} /> : null}
    </AccountCard>
  );
}
