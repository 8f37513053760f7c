import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from '@/components/forms/code-field';
import { FormAlert } from '@/components/forms/form-alert';
import { useCountdown } from '@/hooks/use-countdown';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { CODE_RESEND_SECONDS, formRules, normalisePhone } from '@/lib/form-rules';
import { useContactChangeConfirm, useContactChangeStart } from '../api/profile';

type Channel = 'SMS' | 'EMAIL';

interface StartValues {
  target: string;
  password: string;
}

/**
 * Change the phone number (SMS) or email address (EMAIL) in two steps: the new one and the current
 * password send a code to the new one; the code confirms it.
 */
export function ContactChangeForm({ channel, onDone }: { channel: Channel; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [startForm] = Form.useForm<StartValues>();
  const [confirmForm] = Form.useForm<{ code: string }>();
  const targetField = channel === 'SMS' ? 'phone' : 'email';
  const startFeedback = useFormFeedback(startForm, { [targetField]: 'target', target: 'target', password: 'password' });
  const confirmFeedback = useFormFeedback(confirmForm, { code: 'code' });
  const start = useContactChangeStart();
  const confirm = useContactChangeConfirm();
  const [pending, setPending] = useState<StartValues | null>(null);
  const [seconds, startCountdown] = useCountdown();
  const rules = formRules(t);
  const testId = `contact-change-${channel.toLowerCase()}`;

  const send = (values: StartValues) => {
    start.mutate(
      { channel, target: values.target, password: values.password },
      {
        onSuccess: () => {
          setPending(values);
          startCountdown(CODE_RESEND_SECONDS);
          void message.success(t(channel === 'SMS' ? 'auth.code.sentSms' : 'auth.code.sentEmail'));
        },
        onError: (error) => (pending ? confirmFeedback.report(error) : startFeedback.report(error)),
      },
    );
  };

  const onStart = (values: StartValues) => {
    startFeedback.clear();
    send({ target: channel === 'SMS' ? normalisePhone(values.target) : values.target.trim(), password: values.password });
  };

  const onConfirm = ({ code }: { code: string }) => {
    if (!pending) return;
    confirmFeedback.clear();
    confirm.mutate(
      { channel, target: pending.target, code: code.trim() },
      {
        onSuccess: () => {
          void message.success(t(channel === 'SMS' ? 'account.security.phoneChanged' : 'account.security.emailChanged'));
          setPending(null);
          startForm.resetFields();
          confirmForm.resetFields();
          onDone?.();
        },
        onError: confirmFeedback.report,
      },
    );
  };

  if (pending) {
    return (
      <Form form={confirmForm} name={`${testId}-confirm`} layout="vertical" requiredMark={false} onFinish={onConfirm} className="zyk-account-form" data-testid={`${testId}-confirm`}>
        <p className="zyk-auth__sent-to">
          {t(channel === 'SMS' ? 'auth.code.sentToPhone' : 'auth.code.sentToEmail', { target: pending.target })}
        </p>
        <FormAlert problem={confirmFeedback.alert} />
        <CodeField rules={rules.code} seconds={seconds} sent sending={start.isPending} onSend={() => send(pending)} autoFocus />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={confirm.isPending}>
            {t('account.security.confirmContact')}
          </Button>
          <Button onClick={() => setPending(null)}>{t('common.back')}</Button>
        </Space>
      </Form>
    );
  }

  return (
    <Form form={startForm} name={testId} layout="vertical" requiredMark={false} onFinish={onStart} className="zyk-account-form" data-testid={testId}>
      <FormAlert problem={startFeedback.alert} />
      <Form.Item
        name="target"
        label={t(channel === 'SMS' ? 'account.security.newPhone' : 'account.security.newEmail')}
        rules={channel === 'SMS' ? rules.phone : rules.email}
      >
        <Input
          inputMode={channel === 'SMS' ? 'tel' : 'email'}
          type={channel === 'SMS' ? 'text' : 'email'}
          autoComplete={channel === 'SMS' ? 'tel-national' : 'email'}
          placeholder={t(channel === 'SMS' ? 'auth.fields.phonePlaceholder' : 'auth.fields.emailPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="password" label={t('account.security.currentPassword')} rules={rules.password}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={start.isPending}>
        {t('account.security.sendContactCode')}
      </Button>
    </Form>
  );
}
