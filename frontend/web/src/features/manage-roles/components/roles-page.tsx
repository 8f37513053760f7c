import { MinusCircleOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { RoleCode } from '@zyk/shared';
import { App, Button, Empty, Form, Input, Popconfirm, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '@/components/forms/form-alert';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { OrganisationSelect } from '@/components/manage/organisation-select';
import { Section } from '@/components/section';
import { useAdministeredOrganisations, type ManagedOrganisation } from '@/hooks/use-administered-organisations';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useRoleAssign, useRoleRevoke } from '../api/role-mutations';
import { RoleMembers } from './role-members';
import { FormSelect } from '@/components/forms/form-select';

/** Organisational roles, as the API names them (platform administrator roles are not given here). */
const ASSIGNABLE_ROLES: RoleCode[] = ['TEACHER', 'EDITOR', 'REVIEWER', 'ORGANISATION_ADMIN', 'SCHOOL_STUDENT', 'ENTERPRISE_EMPLOYEE'];

interface Values {
  account: string;
  role: RoleCode;
}

/** Give or take a role in the chosen organisation; people are named by account name, phone or email. */
function RoleForm({ organisation }: { organisation: ManagedOrganisation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const feedback = useFormFeedback(form, { account: 'account', userId: 'account', role: 'role' });
  const assign = useRoleAssign();
  const revoke = useRoleRevoke();

  const run = async (grant: boolean) => {
    feedback.clear();
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const variables = { account: values.account.trim(), userId: null, role: values.role, organisationId: organisation.id };
    (grant ? assign : revoke).mutate(variables, {
      onSuccess: () => void message.success(grant ? t('manage.roles.granted') : t('manage.roles.revoked')),
      onError: feedback.report,
    });
  };

  return (
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
        <FormSelect
          options={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: t(`manage.roles.codes.${role}`) }))}
          placeholder={t('manage.roles.rolePlaceholder')}
          data-testid="role-role"
        />
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
  );
}

/**
 * `/manage/roles?organisation=…`: security administrators (anywhere) and organisation administrators
 * (in their subtree) see who holds which role in an organisation, give and take roles, and look at
 * one member's unmasked phone and name when they must (organisation administrators only; audited).
 */
export function RolesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { organisations, isPending, isError, error, refetch } = useAdministeredOrganisations();
  const chosen = params.get('organisation') ?? undefined;
  const organisation = organisations.find((o) => o.id === chosen) ?? organisations[0];

  if (isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (isError && !organisations.length) return <ManageErrorState error={error} onRetry={() => void refetch()} />;
  if (!organisation) {
    return (
      <Section title={t('manage.roles.title')} subtitle={t('manage.roles.subtitle')}>
        <Empty description={t('manage.common.noOrganisations')} />
      </Section>
    );
  }

  return (
    <div className="zyk-manage__roles" data-testid="roles-page">
      <Section
        className="zyk-manage__roles-members"
        title={t('manage.members.title')}
        subtitle={t('manage.members.subtitle', { name: organisation.name })}
        extra={
          <div className="zyk-manage__picker">
            <label htmlFor="role-organisation" className="zyk-manage__picker-label">
              {t('manage.roles.organisation')}
            </label>
            <OrganisationSelect
              id="role-organisation"
              organisations={organisations}
              value={organisation.id}
              onChange={(id) => setParams({ organisation: id }, { replace: true })}
              testId="role-organisation"
            />
          </div>
        }
      >
        <RoleMembers key={organisation.id} organisationId={organisation.id} />
      </Section>
      <Section
        className="zyk-manage__roles-form"
        title={t('manage.roles.formTitle')}
        subtitle={t('manage.roles.formSubtitle', { name: organisation.name })}
      >
        <RoleForm key={organisation.id} organisation={organisation} />
      </Section>
    </div>
  );
}
