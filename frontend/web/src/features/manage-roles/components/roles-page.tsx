import { MinusCircleOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { RoleCode } from '@zyk/shared';
import { Alert, App, Button, Empty, Form, Input, List, Popconfirm, Select, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { OrganisationSelect } from '@/components/manage/organisation-select';
import { Section } from '@/components/section';
import { useAdministeredOrganisations } from '@/hooks/use-administered-organisations';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useRoleAssign, useRoleRevoke } from '../api/role-mutations';

/** Organisational roles, as the API names them (platform administrator roles are not given here). */
const ASSIGNABLE_ROLES: RoleCode[] = ['TEACHER', 'EDITOR', 'REVIEWER', 'ORGANISATION_ADMIN', 'SCHOOL_STUDENT', 'ENTERPRISE_EMPLOYEE'];

interface Values {
  account: string;
  role: RoleCode;
  organisationId: string;
}

interface Done extends Values {
  key: number;
  granted: boolean;
  organisationName: string;
}

/**
 * `/manage/roles`: security administrators (anywhere) and organisation administrators (in their
 * subtree) give and take organisational roles. People are named by account name, phone or email.
 */
export function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const feedback = useFormFeedback(form, { account: 'account', userId: 'account', role: 'role', organisationId: 'organisationId' });
  const { organisations, isPending, isError, error, refetch } = useAdministeredOrganisations();
  const assign = useRoleAssign();
  const revoke = useRoleRevoke();
  const [done, setDone] = useState<Done[]>([]);

  const run = async (grant: boolean) => {
    feedback.clear();
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const variables = { account: values.account.trim(), userId: null, role: values.role, organisationId: values.organisationId };
    const organisationName = organisations.find((o) => o.id === values.organisationId)?.name ?? '';
    const mutation = grant ? assign : revoke;
    mutation.mutate(variables, {
      onSuccess: () => {
        void message.success(grant ? t('manage.roles.granted') : t('manage.roles.revoked'));
        setDone((rows) => [{ ...variables, key: Date.now(), granted: grant, organisationName }, ...rows].slice(0, 10));
      },
      onError: feedback.report,
    });
  };

  if (isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (isError && !organisations.length) return <ManageErrorState error={error} onRetry={() => void refetch()} />;

  const roleLabel = (role: string) => t(`manage.roles.codes.${role}`);
  return (
    <div className="zyk-manage__stack" data-testid="roles-page">
      <Section title={t('manage.roles.title')} subtitle={t('manage.roles.subtitle')}>
        {organisations.length ? (
          <Form form={form} layout="vertical" className="zyk-manage__form" requiredMark={false} data-testid="role-form">
            <Form.Item
              name="account"
              label={t('manage.roles.account')}
              extra={t('manage.roles.accountHint')}
              rules={[{ required: true, whitespace: true, message: t('manage.roles.accountRequired') }]}
            >
              <Input autoComplete="off" data-testid="role-account" />
            </Form.Item>
            <Form.Item name="role" label={t('manage.roles.role')} rules={[{ required: true, message: t('manage.roles.roleRequired') }]}>
              <Select
                options={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
                placeholder={t('manage.roles.rolePlaceholder')}
                data-testid="role-role"
              />
            </Form.Item>
            <Form.Item
              name="organisationId"
              label={t('manage.roles.organisation')}
              rules={[{ required: true, message: t('manage.common.chooseOrganisation') }]}
            >
              <OrganisationSelect organisations={organisations} testId="role-organisation" />
            </Form.Item>
            <FormAlert problem={feedback.alert} onClose={feedback.clear} />
            <div className="zyk-manage__form-actions">
              <Button type="primary" icon={<PlusCircleOutlined />} loading={assign.isPending} onClick={() => void run(true)} data-testid="role-assign">
                {t('manage.roles.assign')}
              </Button>
              <Popconfirm
                title={t('manage.roles.revokeConfirm')}
                okText={t('manage.roles.revoke')}
                cancelText={t('manage.common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => void run(false)}
              >
                <Button danger icon={<MinusCircleOutlined />} loading={revoke.isPending} data-testid="role-revoke">
                  {t('manage.roles.revoke')}
                </Button>
              </Popconfirm>
            </div>
          </Form>
        ) : (
          <Empty description={t('manage.common.noOrganisations')} />
        )}
      </Section>
      <Section title={t('manage.roles.recentTitle')}>
        <Alert type="info" showIcon message={t('manage.roles.listMissing')} className="zyk-manage__note" />
        <List
          dataSource={done}
          locale={{ emptyText: t('manage.roles.recentEmpty') }}
          data-testid="role-recent"
          renderItem={(row) => (
            <List.Item>
              <span>
                <Tag color={row.granted ? 'success' : 'default'}>{row.granted ? t('manage.roles.grantedTag') : t('manage.roles.revokedTag')}</Tag>
                {t('manage.roles.recentLine', { account: row.account, role: roleLabel(row.role), organisation: row.organisationName })}
              </span>
            </List.Item>
          )}
        />
      </Section>
    </div>
  );
}
