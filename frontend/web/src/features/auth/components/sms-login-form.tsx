import { MobileOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { CodeField } from '@/components/forms/code-field';
import { useCountdown } from '@/hooks/use-countdown';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { CODE_RESEND_SECONDS, formRules, normalisePhone } from '@/lib/form-rules';
import { useLoginCodeSend, useLoginWithSmsCode } from '../api/login';
import { useAfterLogin } from '../hooks/use-after-login';

interface Values {
  phone: string;
  code: string;
}

/** Phone number + a code sent by SMS; a new code can be asked for after 60 seconds. */
export function SmsLoginForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const feedback = useFormFeedback(form, { phone: 'phone', code: 'code' });
  const sendCode = useLoginCodeSend();
  const login = useLoginWithSmsCode();
  const afterLogin = useAfterLogin();
  const [seconds, startCountdown] = useCountdown();
  const [sent, setSent] = useState(false);
  const rules = formRules(t);

  const onSend = async () => {
    feedback.clear();
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    sendCode.mutate(
      { phone: normalisePhone(form.getFieldValue('phone') as string) },
      {
        onSuccess: () => {
          setSent(true);
          startCountdown(CODE_RESEND_SECONDS);
          void message.success(t('auth.code.sentSms'));
        },
        onError: feedback.report,
      },
    );
  };

  const onFinish = (values: Values) => {
    feedback.clear();
    login.mutate(
      { phone: normalisePhone(values.phone), code: values.code.trim() },
      { onSuccess: (payload) => afterLogin(payload), onError: feedback.report },
    );
  };

  return (
    <Form form={form} name="sms-login" layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="sms-login-form" size="large">
      <FormAlert problem={feedback.alert} />
      <Form.Item name="phone" label={t('auth.fields.phone')} rules={rules.phone}>
        <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel-national" maxLength={14} placeholder={t('auth.fields.phonePlaceholder')} />
      </Form.Item>
      <CodeField rules={rules.code} seconds={seconds} sent={sent} sending={sendCode.isPending} onSend={() => void onSend()} />
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
