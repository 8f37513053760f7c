import { LockOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeField } from '@/components/forms/code-field';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordPolicyHint } from '@/components/forms/password-policy-hint';
import { useCountdown } from '@/hooks/use-countdown';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { CODE_RESEND_SECONDS, formRules, normalisePhone } from '@/lib/form-rules';
import { loginPath } from '@/lib/next-path';
import { accountNames } from '@/lib/password-policy';
import { useRegisterStart, useRegisterVerify } from '../api/register';
import { useAfterLogin, useNextPath } from '../hooks/use-after-login';
import { useEmailLink } from '../hooks/use-email-link';
import { AuthShell } from './auth-shell';
import { ChannelTabs, TargetField, type Channel } from './target-field';

interface StartValues {
  phone?: string;
  email?: string;
  password: string;
  confirm: string;
}

/** What step 2 needs; the password stays in memory only, to send a new code. */
interface Pending {
  channel: Channel;
  target: string;
  password?: string;
}

/**
 * `/register`: phone or email + password (step 1, a code is sent), then the code (step 2): the account
 * is active and logged in. Links in the email arrive as `?email=…&code=…` and go straight to step 2.
 */
export function RegisterPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const emailLink = useEmailLink();
  const next = useNextPath();
  const nextForLinks = next === '/' ? null : next;
  const [channel, setChannel] = useState<Channel>(emailLink ? 'EMAIL' : 'SMS');
  const [pending, setPending] = useState<Pending | null>(emailLink ? { channel: 'EMAIL', target: emailLink.email } : null);
  const [startForm] = Form.useForm<StartValues>();
  const [verifyForm] = Form.useForm<{ code: string }>();
  const startFeedback = useFormFeedback(startForm, { phone: 'phone', email: 'email', password: 'password' });
  const verifyFeedback = useFormFeedback(verifyForm, { code: 'code' });
  const start = useRegisterStart();
  const verify = useRegisterVerify();
  const afterLogin = useAfterLogin('/me');
  const [seconds, startCountdown] = useCountdown();
  const rules = formRules(t);
  const phone = Form.useWatch('phone', startForm) ?? '';
  const email = Form.useWatch('email', startForm) ?? '';
  const password = Form.useWatch('password', startForm) ?? '';
  const names = () => accountNames(channel === 'SMS' ? normalisePhone(phone) : email);

  const send = (request: Pending & { password: string }, onSent?: () => void) => {
    start.mutate(
      { channel: request.channel, target: request.target, password: request.password },
      {
        onSuccess: () => {
          startCountdown(CODE_RESEND_SECONDS);
          void message.success(t(request.channel === 'SMS' ? 'auth.code.sentSms' : 'auth.code.sentEmail'));
          onSent?.();
        },
        onError: (error) => (pending ? verifyFeedback.report(error) : startFeedback.report(error)),
      },
    );
  };

  const onStart = (values: StartValues) => {
    startFeedback.clear();
    const target = channel === 'SMS' ? normalisePhone(values.phone ?? '') : (values.email ?? '').trim();
    const request = { channel, target, password: values.password };
    send(request, () => setPending(request));
  };

  const onVerify = ({ code }: { code: string }) => {
    if (!pending) return;
    verifyFeedback.clear();
    verify.mutate(
      { channel: pending.channel, target: pending.target, code: code.trim() },
      {
        onSuccess: (payload) => {
          void message.success(t('auth.register.done'));
          afterLogin({ me: payload.me });
        },
        onError: verifyFeedback.report,
      },
    );
  };

  // The link in the email: fill in its code and confirm it once, without a click.
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (!emailLink || autoSubmitted.current) return;
    autoSubmitted.current = true;
    verifyForm.setFieldsValue({ code: emailLink.code });
    onVerify({ code: emailLink.code });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the link the page was opened with
  }, [emailLink]);

  const onResend = () => {
    if (pending?.password) send({ ...pending, password: pending.password });
    else setPending(null); // opened from an email link: the password has to be typed again
  };

  return (
    <AuthShell
      title={t('auth.register.title')}
      subtitle={t('auth.register.subtitle')}
      testId="register-page"
      footer={
        <>
          {t('auth.register.haveAccount')}{' '}
          <Link to={loginPath(nextForLinks)} data-testid="login-link">
            {t('auth.register.loginNow')}
          </Link>
        </>
      }
    >
      <Steps
        size="small"
        current={pending ? 1 : 0}
        className="zyk-auth__steps"
        responsive={false}
        items={[{ title: t('auth.register.steps.account') }, { title: t('auth.register.steps.verify') }]}
      />
      {pending ? (
        <Form form={verifyForm} name="register-verify" layout="vertical" requiredMark={false} onFinish={onVerify} size="large" data-testid="register-verify-form">
          <p className="zyk-auth__sent-to" data-testid="code-sent-to">
            {t(pending.channel === 'SMS' ? 'auth.code.sentToPhone' : 'auth.code.sentToEmail', { target: pending.target })}
          </p>
          <FormAlert problem={verifyFeedback.alert} />
          <CodeField rules={rules.code} seconds={seconds} sent sending={start.isPending} onSend={onResend} autoFocus />
          <Button type="primary" htmlType="submit" block loading={verify.isPending} data-testid="register-verify-submit">
            {t('auth.register.verifySubmit')}
          </Button>
          <Button type="link" block onClick={() => setPending(null)} className="zyk-auth__back">
            {t('auth.register.back')}
          </Button>
        </Form>
      ) : (
        <>
          <ChannelTabs channel={channel} onChange={setChannel} />
          <Form form={startForm} name="register-start" layout="vertical" requiredMark={false} onFinish={onStart} size="large" data-testid="register-start-form">
            <FormAlert problem={startFeedback.alert} />
            <TargetField channel={channel} />
            <Form.Item
              name="password"
              label={t('auth.fields.password')}
              rules={rules.newPassword(names)}
              extra={<PasswordPolicyHint password={password} names={names()} />}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="new-password" placeholder={t('auth.fields.newPasswordPlaceholder')} />
            </Form.Item>
            <Form.Item name="confirm" label={t('auth.fields.confirmPassword')} dependencies={['password']} rules={rules.confirm('password')}>
              <Input.Password prefix={<LockOutlined />} autoComplete="new-password" placeholder={t('auth.fields.confirmPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={start.isPending} data-testid="register-start-submit">
              {t('auth.register.startSubmit')}
            </Button>
          </Form>
        </>
      )}
    </AuthShell>
  );
}
