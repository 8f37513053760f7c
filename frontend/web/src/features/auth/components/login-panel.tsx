import { Alert, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { loginPath } from '@/lib/next-path';
import { useLoginOptions } from '../api/login-options';
import { useNextPath } from '../hooks/use-after-login';
import { AuthShell } from './auth-shell';
import { PasswordLoginForm } from './password-login-form';
import { SmsLoginForm } from './sms-login-form';
import { WechatLogin } from './wechat-login';

type Method = 'password' | 'sms' | 'wechat';

/** What the WeChat callback says through `?wechat=`. */
const WECHAT_NOTICES = {
  bind: 'info',
  failed: 'warning',
  unavailable: 'warning',
} as const;

/** `/login`: password, SMS code or WeChat QR; then `?next=` (or home). */
export function LoginPanel() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = useNextPath();
  const [method, setMethod] = useState<Method>('password');
  const wechat = params.get('wechat');
  const notice = wechat && wechat in WECHAT_NOTICES ? (wechat as keyof typeof WECHAT_NOTICES) : null;
  const nextForLinks = next === '/' ? null : next;
  const options = useLoginOptions();
  const wechatOffered = options.data?.loginOptions.wechatWeb ?? false;

  return (
    <AuthShell
      title={t('auth.login.title')}
      subtitle={t('auth.login.subtitle')}
      testId="login-page"
      footer={
        <>
          {t('auth.login.noAccount')}{' '}
          <Link to={loginPath(nextForLinks, '/register')} data-testid="register-link">
            {t('auth.login.registerNow')}
          </Link>
        </>
      }
    >
      {notice ? (
        <Alert
          className="zyk-form-alert"
          type={WECHAT_NOTICES[notice]}
          showIcon
          message={t(`auth.wechat.notice.${notice}.title`)}
          description={t(`auth.wechat.notice.${notice}.description`)}
          data-testid="wechat-notice"
        />
      ) : null}
      <Tabs
        activeKey={method}
        onChange={(key) => setMethod(key as Method)}
        centered
        className="zyk-auth__tabs"
        items={[
          {
            key: 'password',
            label: t('auth.login.tabs.password'),
            children: <PasswordLoginForm forgotPasswordLink={loginPath(nextForLinks, '/forgot-password')} />,
          },
          { key: 'sms', label: t('auth.login.tabs.sms'), children: <SmsLoginForm /> },
          ...(notice === 'bind' || !wechatOffered
            ? []
            : [{ key: 'wechat', label: t('auth.login.tabs.wechat'), children: <WechatLogin next={next} /> }]),
        ]}
      />
    </AuthShell>
  );
}
