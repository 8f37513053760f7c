import { MailOutlined, MobileOutlined } from '@ant-design/icons';
import { Form, Input, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { formRules } from '@/lib/form-rules';

export type Channel = 'SMS' | 'EMAIL';

/** Phone / email switch above a registration or recovery form. */
export function ChannelTabs({ channel, onChange }: { channel: Channel; onChange: (channel: Channel) => void }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={channel}
      onChange={(key) => onChange(key as Channel)}
      centered
      className="zyk-auth__tabs"
      items={[
        { key: 'SMS', label: t('auth.channel.SMS') },
        { key: 'EMAIL', label: t('auth.channel.EMAIL') },
      ]}
    />
  );
}

/** The phone number (field `phone`) or email address (field `email`) a code goes to. */
export function TargetField({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const rules = formRules(t);
  return channel === 'SMS' ? (
    <Form.Item name="phone" label={t('auth.fields.phone')} rules={rules.phone}>
      <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel-national" maxLength={14} placeholder={t('auth.fields.phonePlaceholder')} />
    </Form.Item>
  ) : (
    <Form.Item name="email" label={t('auth.fields.email')} rules={rules.email}>
      <Input prefix={<MailOutlined />} type="email" inputMode="email" autoComplete="email" placeholder={t('auth.fields.emailPlaceholder')} />
    </Form.Item>
  );
}
