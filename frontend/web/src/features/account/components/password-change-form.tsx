import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordPolicyHint } from '@/components/forms/password-policy-hint';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import type { Me } from '@/hooks/use-me';
import { formRules } from '@/lib/form-rules';
import { accountNames } from '@/lib/password-policy';
import { usePasswordChange } from '../api/profile';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password + a new one; the server ends every other session and token. */
export function PasswordChangeForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const feedback = useFormFeedback(form, { oldPassword: 'oldPassword', password: 'newPassword', newPassword: 'newPassword' });
  const change = usePasswordChange();
  const rules = formRules(t);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const names = () => accountNames(me.username, me.email);

  const onFinish = (values: Values) => {
    feedback.clear();
    change.mutate(
      { oldPassword: values.oldPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.security.passwordChanged'));
        },
        onError: feedback.report,
      },
    );
  };

  return (
    <Form form={form} name="password-change" layout="vertical" requiredMark={false} onFinish={onFinish} className="zyk-account-form" data-testid="password-change-form">
      <FormAlert problem={feedback.alert} />
      <Form.Item name="oldPassword" label={t('account.security.oldPassword')} rules={rules.password}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.fields.newPassword')}
        rules={rules.newPassword(names)}
        extra={<PasswordPolicyHint password={newPassword} names={names()} />}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={t('auth.fields.confirmPassword')} dependencies={['newPassword']} rules={rules.confirm('newPassword')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-change-submit">
        {t('account.security.changePassword')}
      </Button>
    </Form>
  );
}
