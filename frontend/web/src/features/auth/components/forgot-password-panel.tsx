import { LockOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Result, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CodeField } from '@/components/forms/code-field';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordPolicyHint } from '@/components/forms/password-policy-hint';
import { useCountdown } from '@/hooks/use-countdown';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { CODE_RESEND_SECONDS, formRules, normalisePhone } from '@/lib/form-rules';
import { loginPath } from '@/lib/next-path';
import { accountNames } from '@/lib/password-policy';
import { usePasswordResetComplete, usePasswordResetStart } from '../api/password-reset';
import { useNextPath } from '../hooks/use-after-login';
import { useEmailLink } from '../hooks/use-email-link';
import { AuthShell } from './auth-shell';
import { ChannelTabs, TargetField, type Channel } from './target-field';

interface CompleteValues {
  code: string;
  newPassword: string;
  confirm: string;
}

/**
 * `/forgot-password`: phone or email (step 1, a code is sent), then the code and a new password
 * (step 2). Setting it also unlocks a locked account. Email links arrive as `?email=…&code=…`.
 */
export function ForgotPasswordPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const emailLink = useEmailLink();
  const next = useNextPath();
  const loginLink = loginPath(next === '/' ? null : next);
  const [channel, setChannel] = useState<Channel>(emailLink ? 'EMAIL' : 'SMS');
  const [pending, setPending] = useState<{ channel: Channel; target: string } | null>(
    emailLink ? { channel: 'EMAIL', target: emailLink.email } : null,
  );
  const [done, setDone] = useState(false);
  const [startForm] = Form.useForm<{ phone?: string; email?: string }>();
  const [completeForm] = Form.useForm<CompleteValues>();
  const startFeedback = useFormFeedback(startForm, { phone: 'phone', email: 'email' });
  const completeFeedback = useFormFeedback(completeForm, { code: 'code', password: 'newPassword', newPassword: 'newPassword' });
  const start = usePasswordResetStart();
  const complete = usePasswordResetComplete();
  const [seconds, startCountdown] = useCountdown();
  const rules = formRules(t);
  const newPassword = Form.useWatch('newPassword', completeForm) ?? '';
  const names = () => accountNames(pending?.target);

  useEffect(() => {
    if (emailLink) completeForm.setFieldsValue({ code: emailLink.code });
  }, [emailLink, completeForm]);

  const send = (request: { channel: Channel; target: string }) => {
    start.mutate(request, {
      onSuccess: () => {
        setPending(request);
        startCountdown(CODE_RESEND_SECONDS);
        void message.success(t(request.channel === 'SMS' ? 'auth.code.sentSms' : 'auth.code.sentEmail'));
      },
      onError: (error) => (pending ? completeFeedback.report(error) : startFeedback.report(error)),
    });
  };

  const onStart = (values: { phone?: string; email?: string }) => {
    startFeedback.clear();
    send({ channel, target: channel === 'SMS' ? normalisePhone(values.phone ?? '') : (values.email ?? '').trim() });
  };

  const onComplete = (values: CompleteValues) => {
    if (!pending) return;
    completeFeedback.clear();
    complete.mutate(
      { channel: pending.channel, target: pending.target, code: values.code.trim(), newPassword: values.newPassword },
      { onSuccess: () => setDone(true), onError: completeFeedback.report },
    );
  };

  if (done) {
    return (
      <AuthShell title={t('auth.reset.title')} testId="forgot-password-page">
        <div data-testid="reset-done">
          <Result
            status="success"
            title={t('auth.reset.doneTitle')}
            subTitle={t('auth.reset.doneDescription')}
            extra={
              <Button type="primary" size="large" onClick={() => void navigate(loginLink)} data-testid="reset-login-link">
                {t('auth.reset.toLogin')}
              </Button>
            }
          />
        </div>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      title={t('auth.reset.title')}
      subtitle={t('auth.reset.subtitle')}
      testId="forgot-password-page"
      footer={
        <Link to={loginLink} data-testid="login-link">
          {t('auth.reset.backToLogin')}
        </Link>
      }
    >
      <Steps
        size="small"
        current={pending ? 1 : 0}
        className="zyk-auth__steps"
        responsive={false}
        items={[{ title: t('auth.reset.steps.account') }, { title: t('auth.reset.steps.newPassword') }]}
      />
      {pending ? (
        <Form form={completeForm} name="reset-complete" layout="vertical" requiredMark={false} onFinish={onComplete} size="large" data-testid="reset-complete-form">
          <p className="zyk-auth__sent-to" data-testid="code-sent-to">
            {t(pending.channel === 'SMS' ? 'auth.reset.sentToPhone' : 'auth.reset.sentToEmail', { target: pending.target })}
          </p>
          <FormAlert problem={completeFeedback.alert} />
          <CodeField rules={rules.code} seconds={seconds} sent sending={start.isPending} onSend={() => send(pending)} autoFocus={!emailLink} />
          <Form.Item
            name="newPassword"
            label={t('auth.fields.newPassword')}
            rules={rules.newPassword(names)}
            extra={<PasswordPolicyHint password={newPassword} names={names()} />}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" placeholder={t('auth.fields.newPasswordPlaceholder')} />
          </Form.Item>
          <Form.Item name="confirm" label={t('auth.fields.confirmPassword')} dependencies={['newPassword']} rules={rules.confirm('newPassword')}>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" placeholder={t('auth.fields.confirmPlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={complete.isPending} data-testid="reset-complete-submit">
            {t('auth.reset.completeSubmit')}
          </Button>
          <Button type="link" block onClick={() => setPending(null)} className="zyk-auth__back">
            {t('auth.reset.back')}
          </Button>
        </Form>
      ) : (
        <>
          <ChannelTabs channel={channel} onChange={setChannel} />
          <Form form={startForm} name="reset-start" layout="vertical" requiredMark={false} onFinish={onStart} size="large" data-testid="reset-start-form">
            <FormAlert problem={startFeedback.alert} />
            <TargetField channel={channel} />
            <Button type="primary" htmlType="submit" block loading={start.isPending} data-testid="reset-start-submit">
              {t('auth.reset.startSubmit')}
            </Button>
          </Form>
        </>
      )}
    </AuthShell>
  );
}
