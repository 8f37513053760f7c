import { Alert, Button, Descriptions, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { VerifiedBadge } from '@/components/verified-badge';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import type { Me } from '@/hooks/use-me';
import { useOrganisationsForRealName, useRealNameClaim } from '../api/real-name';
import { AccountCard } from './account-card';
import { FormSelect } from '@/components/forms/form-select';

const STATUS_TYPES = { VERIFIED: 'success', PENDING: 'info', REJECTED: 'warning', UNVERIFIED: 'info' } as const;

interface ClaimValues {
  organisationId: string;
  name: string;
  number: string;
}

/** 实名认证: the state of the person's real-name check, and the claim form (school, name, number). */
export function RealNameTab({ me }: { me: Me }) {
  const { t } = useTranslation();
  const status = me.realNameStatus;
  return (
    <AccountCard title={t('account.realName.title')} testId="real-name">
      <Alert
        type={STATUS_TYPES[status]}
        showIcon
        message={t(`account.realName.status.${status}`)}
        description={t(`account.realName.statusHint.${status}`)}
        data-testid="real-name-status"
        className="zyk-form-alert"
      />
      {me.realNameVerified ? (
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" className="zyk-real-name__facts">
          <Descriptions.Item label={t('account.profile.realName')}>
            <span className="zyk-inline-badges">
              {me.realName}
              <VerifiedBadge />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('account.profile.number')}>{me.studentOrStaffNumber}</Descriptions.Item>
          {me.department ? <Descriptions.Item label={t('account.profile.department')}>{me.department}</Descriptions.Item> : null}
          {me.className ? <Descriptions.Item label={t('account.profile.className')}>{me.className}</Descriptions.Item> : null}
        </Descriptions>
      ) : (
        <ClaimForm me={me} />
      )}
    </AccountCard>
  );
}

function ClaimForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClaimValues>();
  const feedback = useFormFeedback(form, { organisationId: 'organisationId', name: 'name', number: 'number' });
  const organisations = useOrganisationsForRealName();
  const claim = useRealNameClaim();
  const [result, setResult] = useState<'VERIFIED' | 'PENDING' | null>(null);

  if (result) {
    return (
      <div data-testid="real-name-result" data-status={result}>
        <Result
          status={result === 'VERIFIED' ? 'success' : 'info'}
          title={t(`account.realName.result.${result}`)}
          subTitle={t(`account.realName.statusHint.${result}`)}
        />
      </div>
    );
  }

  const onFinish = (values: ClaimValues) => {
    feedback.clear();
    claim.mutate(
      { organisationId: values.organisationId, name: values.name.trim(), number: values.number.trim() },
      {
        onSuccess: (payload) => setResult(payload.status === 'VERIFIED' ? 'VERIFIED' : 'PENDING'),
        onError: feedback.report,
      },
    );
  };

  const options = (organisations.data ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.hasRoster ? organisation.name : t('account.realName.noRoster', { name: organisation.name }),
    disabled: !organisation.hasRoster,
    search: `${organisation.name} ${organisation.shortName}`,
  }));

  return (
    <Form
      form={form}
      name="real-name-claim"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      className="zyk-account-form"
      initialValues={{ name: me.realName }}
      data-testid="real-name-form"
    >
      <p className="zyk-muted zyk-account-card__lead zyk-real-name__lead">{t('account.realName.lead')}</p>
      <FormAlert problem={feedback.alert} />
      <Form.Item
        name="organisationId"
        label={t('account.realName.organisation')}
        rules={[{ required: true, message: t('account.realName.organisationRequired') }]}
      >
        <FormSelect
          showSearch
          loading={organisations.isPending}
          options={options}
          optionFilterProp="search"
          placeholder={t('account.realName.organisationPlaceholder')}
          notFoundContent={organisations.isError ? organisations.error.message : t('account.realName.noOrganisations')}
          data-testid="real-name-organisation"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('account.profile.realName')}
        extra={t('account.realName.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('account.realName.nameRequired') }]}
      >
        <Input maxLength={64} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('account.profile.number')}
        rules={[{ required: true, whitespace: true, message: t('account.realName.numberRequired') }]}
      >
        <Input maxLength={32} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={claim.isPending} data-testid="real-name-submit">
        {t('account.realName.submit')}
      </Button>
    </Form>
  );
}
