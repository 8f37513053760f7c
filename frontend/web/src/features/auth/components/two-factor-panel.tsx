import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, QRCode, Skeleton, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useLogout } from '@/hooks/use-logout';
import { useMe, useSessionCache } from '@/hooks/use-me';
import { formRules } from '@/lib/form-rules';
import { loginPath } from '@/lib/next-path';
import { useTwoFactorEnrolConfirm, useTwoFactorEnrolStart, useTwoFactorVerify } from '../api/two-factor';
import { useGoTo, useNextPath } from '../hooks/use-after-login';
import { AuthShell } from './auth-shell';

/**
 * `/two-factor`: administrators pass a TOTP code after logging in. Without an authenticator yet they
 * first scan the QR code (or type the secret) and confirm the first code. Then `?next=` — for /admin/
 * by a full page load, since Django serves it.
 */
export function TwoFactorPanel() {
  const { t } = useTranslation();
  const { me, isPending } = useMe();
  const location = useLocation();
  const next = useNextPath();
  const goTo = useGoTo();
  const done = Boolean(me && (!me.twoFactor.required || me.twoFactor.verified));

  useEffect(() => {
    if (done) goTo(next);
  }, [done, next, goTo]);

  if (isPending || done) {
    return (
      <AuthShell title={t('auth.twoFactor.title')} testId="two-factor-page">
        <Skeleton active />
      </AuthShell>
    );
  }
  if (!me) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return me.twoFactor.enrolled ? <VerifyStep /> : <EnrolStep />;
}

function CodeForm({ onCode, pending, feedback, form, submitLabel }: {
  onCode: (code: string) => void;
  pending: boolean;
  feedback: ReturnType<typeof useFormFeedback>;
  form: ReturnType<typeof Form.useForm<{ code: string }>>[0];
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const logout = useLogout();
  const rules = formRules(t);
  return (
    <Form form={form} name="two-factor" layout="vertical" requiredMark={false} size="large" onFinish={({ code }) => onCode(code.trim())} data-testid="two-factor-form">
      <FormAlert problem={feedback.alert} />
      <Form.Item name="code" label={t('auth.twoFactor.code')} rules={rules.code}>
        <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder={t('auth.fields.codePlaceholder')} autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={pending} data-testid="two-factor-submit">
        {submitLabel}
      </Button>
      <Button type="link" block onClick={() => logout.mutate({})} loading={logout.isPending} className="zyk-auth__back">
        {t('auth.twoFactor.switchAccount')}
      </Button>
    </Form>
  );
}

function VerifyStep() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const feedback = useFormFeedback(form, { code: 'code' });
  const verify = useTwoFactorVerify();
  const session = useSessionCache();
  return (
    <AuthShell title={t('auth.twoFactor.title')} subtitle={t('auth.twoFactor.verifySubtitle')} testId="two-factor-page">
      <CodeForm
        form={form}
        feedback={feedback}
        pending={verify.isPending}
        submitLabel={t('auth.twoFactor.verifySubmit')}
        onCode={(code) => {
          feedback.clear();
          verify.mutate({ code }, { onSuccess: (payload) => session.updated(payload.me), onError: feedback.report });
        }}
      />
    </AuthShell>
  );
}

function EnrolStep() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const feedback = useFormFeedback(form, { code: 'code' });
  const enrolStart = useTwoFactorEnrolStart();
  const confirm = useTwoFactorEnrolConfirm();
  const session = useSessionCache();
  const started = useRef(false);

  useEffect(() => {
    // One secret per visit (React's development double effects must not make a second one).
    if (started.current) return;
    started.current = true;
    enrolStart.mutate({}, { onError: feedback.report });
  }, [enrolStart, feedback.report]);

  const secret = enrolStart.data?.secret ?? '';
  const url = enrolStart.data?.otpauthUrl ?? '';
  return (
    <AuthShell title={t('auth.twoFactor.enrolTitle')} subtitle={t('auth.twoFactor.enrolSubtitle')} testId="two-factor-page">
      <ol className="zyk-two-factor__steps">
        <li>{t('auth.twoFactor.enrolStep1')}</li>
        <li>
          {t('auth.twoFactor.enrolStep2')}
          <div className="zyk-two-factor__qr">
            {url ? (
              <QRCode value={url} size={184} bordered={false} data-testid="two-factor-qr" />
            ) : (
              <QRCode value="-" size={184} status={enrolStart.isError ? 'expired' : 'loading'} onRefresh={() => enrolStart.mutate({})} />
            )}
          </div>
          {secret ? (
            <p className="zyk-two-factor__secret">
              {t('auth.twoFactor.secretLabel')}
              <Typography.Text code copyable={{ text: secret }} data-testid="two-factor-secret">
                {secret.replace(/(.{4})/g, '$1 ').trim()}
              </Typography.Text>
            </p>
          ) : null}
        </li>
        <li>{t('auth.twoFactor.enrolStep3')}</li>
      </ol>
      <CodeForm
        form={form}
        feedback={feedback}
        pending={confirm.isPending}
        submitLabel={t('auth.twoFactor.enrolSubmit')}
        onCode={(code) => {
          feedback.clear();
          confirm.mutate({ code }, { onSuccess: (payload) => session.updated(payload.me), onError: feedback.report });
        }}
      />
    </AuthShell>
  );
}
