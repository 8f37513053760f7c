import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_RESULTS, EMPTY_AUDIT_FILTERS, type AuditFilters } from '../utils/audit-filters';

interface FormValues {
  actor?: string;
  action?: string;
  result?: string;
  objectType?: string;
  ip?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const ISO_WITH_OFFSET = 'YYYY-MM-DDTHH:mm:ssZ';

/** The audit search's filters; submitting them starts again at page 1. */
export function AuditFilterForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const submit = (values: FormValues) =>
    onChange({
      actor: values.actor ?? '',
      action: values.action ?? '',
      result: values.result ?? '',
      objectType: values.objectType ?? '',
      ip: values.ip ?? '',
      since: values.period?.[0]?.format(ISO_WITH_OFFSET) ?? '',
      until: values.period?.[1]?.format(ISO_WITH_OFFSET) ?? '',
    });
  return (
    <Form form={form} layout="vertical" className="zyk-manage__filters" onFinish={submit} data-testid="audit-filters">
      <Form.Item name="actor" label={t('manage.audit.filters.actor')}>
        <Input allowClear placeholder={t('manage.audit.filters.actorPlaceholder')} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action" label={t('manage.audit.filters.action')}>
        <Input allowClear placeholder={t('manage.audit.filters.actionPlaceholder')} data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="result" label={t('manage.audit.filters.result')}>
        <Select
          allowClear
          placeholder={t('manage.audit.filters.any')}
          options={AUDIT_RESULTS.map((value) => ({ value, label: t(`manage.audit.results.${value}`) }))}
          data-testid="audit-filter-result"
        />
      </Form.Item>
      <Form.Item name="objectType" label={t('manage.audit.filters.objectType')}>
        <Input allowClear placeholder={t('manage.audit.filters.objectTypePlaceholder')} />
      </Form.Item>
      <Form.Item name="ip" label={t('manage.audit.filters.ip')}>
        <Input allowClear placeholder="203.0.113.5" />
      </Form.Item>
      <Form.Item name="period" label={t('manage.audit.filters.period')} className="zyk-manage__filters-wide">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          placeholder={[t('manage.audit.filters.since'), t('manage.audit.filters.until')]}
          className="zyk-manage__full"
        />
      </Form.Item>
      <div className="zyk-manage__filters-actions">
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('manage.common.search')}
        </Button>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onChange(EMPTY_AUDIT_FILTERS);
          }}
        >
          {t('manage.common.reset')}
        </Button>
      </div>
    </Form>
  );
}
