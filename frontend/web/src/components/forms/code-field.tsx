import { SafetyOutlined } from '@ant-design/icons';
import { Form, Input, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { SendCodeButton } from './send-code-button';

/** The 6-digit code input with its "get code / resend in 60 s" button. */
export function CodeField({
  rules,
  seconds,
  sent,
  sending,
  onSend,
  name = 'code',
  autoFocus,
}: {
  rules: Rule[];
  seconds: number;
  sent: boolean;
  sending?: boolean;
  onSend: () => void;
  name?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('auth.fields.code')} required={false}>
      <Space.Compact block>
        <Form.Item name={name} noStyle rules={rules}>
          <Input
            aria-label={t('auth.fields.code')}
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder={t('auth.fields.codePlaceholder')}
            autoFocus={autoFocus}
            data-testid="code-input"
          />
        </Form.Item>
        <SendCodeButton seconds={seconds} sent={sent} loading={sending} onClick={onSend} />
      </Space.Compact>
    </Form.Item>
  );
}
