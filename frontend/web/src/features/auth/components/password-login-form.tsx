import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { formRules } from '@/lib/form-rules';
import { useLoginWithPassword } from '../api/login';
import { useAfterLogin } from '../hooks/use-after-login';

interface Values {
  account: string;
  password: string;
}

/** Account name, phone number or email address + password. */
export function PasswordLoginForm({ forgotPasswordLink }: { forgotPasswordLink: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const feedback = useFormFeedback(form, { account: 'account', password: 'password' });
  const login = useLoginWithPassword();
  const afterLogin = useAfterLogin();
  const rules = formRules(t);

  const onFinish = (values: Values) => {
    feedback.clear();
    login.mutate(
      { account: values.account.trim(), password: values.password },
      {
        onSuccess: (payload) => afterLogin(payload),
        onError: (error) => {
          feedback.report(error);
          form.setFieldValue('password', '');
        },
      },
    );
  };

  return (
    <Form form={form} name="password-login" layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="password-login-form" size="large">
      <FormAlert
        problem={feedback.alert}
        action={
          feedback.alert?.code === 'ACCOUNT_LOCKED' ? <Link to={forgotPasswordLink}>{t('auth.login.unlockByReset')}</Link> : null
        }
      />
      <Form.Item name="account" label={t('auth.fields.account')} rules={rules.account}>
        <Input prefix={<UserOutlined />} autoComplete="username" placeholder={t('auth.fields.accountPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.fields.password')}
        rules={rules.password}
        extra={
          <Link to={forgotPasswordLink} className="zyk-auth__forgot" data-testid="forgot-password-link">
            {t('auth.login.forgot')}
          </Link>
        }
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('auth.fields.passwordPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
