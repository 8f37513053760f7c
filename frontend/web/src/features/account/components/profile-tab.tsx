import { App, Button, Descriptions, Empty, Form, Input, List, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { VerifiedBadge } from '@/components/verified-badge';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import type { Me } from '@/hooks/use-me';
import { useProfileUpdate } from '../api/profile';
import { AccountCard } from './account-card';
import { AvatarUploader } from './avatar-uploader';

function VerifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? <Tag color="success">{t('account.profile.confirmed')}</Tag> : <Tag>{t('account.profile.unconfirmed')}</Tag>;
}

/** 个人资料: picture, what the library knows of the person, the editable fields and the roles. */
export function ProfileTab({ me }: { me: Me }) {
  const { t } = useTranslation();
  const none = <span className="zyk-muted">{t('common.none')}</span>;
  return (
    <>
      <AccountCard title={t('account.profile.basics')}>
        <div className="zyk-profile">
          <AvatarUploader me={me} />
          <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" className="zyk-profile__facts" data-testid="profile-facts">
            <Descriptions.Item label={t('account.profile.username')}>{me.username}</Descriptions.Item>
            <Descriptions.Item label={t('account.profile.realName')}>
              <span className="zyk-inline-badges">
                {me.realName || none}
                {me.realNameVerified ? <VerifiedBadge /> : null}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('account.profile.title')}>{me.title || none}</Descriptions.Item>
            <Descriptions.Item label={t('account.profile.phone')}>
              {me.phoneMasked ? (
                <span className="zyk-inline-badges" data-testid="profile-phone">
                  {me.phoneMasked}
                  <VerifiedTag verified={me.phoneVerified} />
                </span>
              ) : (
                none
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.profile.email')}>
              {me.email ? (
                <span className="zyk-inline-badges">
                  <span className="zyk-break">{me.email}</span>
                  <VerifiedTag verified={me.emailVerified} />
                </span>
              ) : (
                none
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.profile.wechat')}>
              {me.wechatLinked ? t('account.profile.wechatLinked') : t('account.profile.wechatNotLinked')}
            </Descriptions.Item>
            {me.studentOrStaffNumber ? (
              <Descriptions.Item label={t('account.profile.number')}>{me.studentOrStaffNumber}</Descriptions.Item>
            ) : null}
            {me.department ? <Descriptions.Item label={t('account.profile.department')}>{me.department}</Descriptions.Item> : null}
            {me.className ? <Descriptions.Item label={t('account.profile.className')}>{me.className}</Descriptions.Item> : null}
          </Descriptions>
        </div>
      </AccountCard>
      <ProfileForm me={me} />
      <AccountCard title={t('account.profile.roles')}>
        <RolesList me={me} />
      </AccountCard>
    </>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; realName: string }>();
  const feedback = useFormFeedback(form, { title: 'title', realName: 'realName' });
  const update = useProfileUpdate();

  useEffect(() => {
    form.setFieldsValue({ title: me.title, realName: me.realName });
  }, [form, me.title, me.realName]);

  const onFinish = (values: { title: string; realName: string }) => {
    feedback.clear();
    update.mutate(
      { title: (values.title ?? '').trim(), realName: me.realNameVerified ? null : (values.realName ?? '').trim() },
      { onSuccess: () => void message.success(t('account.profile.saved')), onError: feedback.report },
    );
  };

  return (
    <AccountCard title={t('account.profile.edit')}>
      <Form form={form} name="profile" layout="vertical" onFinish={onFinish} className="zyk-account-form" data-testid="profile-form" initialValues={{ title: me.title, realName: me.realName }}>
        <FormAlert problem={feedback.alert} />
        <Form.Item
          name="realName"
          label={t('account.profile.realName')}
          extra={me.realNameVerified ? t('account.profile.realNameLocked') : t('account.profile.realNameHint')}
          rules={[{ max: 64, message: t('forms.tooLong', { count: 64 }) }]}
        >
          <Input disabled={me.realNameVerified} maxLength={64} autoComplete="name" />
        </Form.Item>
        <Form.Item name="title" label={t('account.profile.title')} rules={[{ max: 64, message: t('forms.tooLong', { count: 64 }) }]}>
          <Input maxLength={64} placeholder={t('account.profile.titlePlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </Form>
    </AccountCard>
  );
}

function RolesList({ me }: { me: Me }) {
  const { t } = useTranslation();
  const rows = [
    ...(me.platformRoleLabel ? [{ key: 'platform', label: me.platformRoleLabel, organisation: t('account.profile.platform') }] : []),
    ...me.roles.map((role, index) => ({
      key: `${role.role}-${role.organisation?.id ?? 'none'}-${index}`,
      label: role.label,
      organisation: role.organisation?.name ?? '',
    })),
  ];
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('account.profile.noRoles')} />;
  return (
    <List
      className="zyk-roles"
      dataSource={rows}
      data-testid="roles-list"
      renderItem={(row) => (
        <List.Item key={row.key}>
          <Tag color="blue">{row.label}</Tag>
          <span className="zyk-roles__org">{row.organisation || t('account.profile.noOrganisation')}</span>
        </List.Item>
      )}
    />
  );
}
