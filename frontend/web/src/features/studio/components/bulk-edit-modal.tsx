import { Alert, Form, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormOptions } from '../api/form-options';
import { toResourceInput, type AttributeValues } from '../lib/resource-input';
import type { ResourceInput } from '@zyk/shared';
import { AttributeFields } from './attribute-fields';

/** 批量修改属性: only what is filled in is set on every selected resource (each gets a new draft). */
export function BulkEditModal({
  open,
  count,
  options,
  busy,
  onCancel,
  onApply,
}: {
  open: boolean;
  count: number;
  options: FormOptions | undefined;
  busy: boolean;
  onCancel: () => void;
  onApply: (input: ResourceInput) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AttributeValues>();
  const [empty, setEmpty] = useState(false);

  const apply = async () => {
    const values = await form.validateFields();
    const input = toResourceInput(values, { complete: false });
    if (!Object.keys(input).length) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onApply(input);
  };

  return (
    <Modal
      open={open}
      title={t('studio.bulkEdit.title', { count })}
      onCancel={onCancel}
      onOk={() => void apply()}
      okText={t('studio.bulkEdit.apply')}
      cancelText={t('studio.common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'bulk-edit-apply' } as ButtonProps}
      width={760}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <p className="zyk-muted">{t('studio.bulkEdit.hint')}</p>
      <Form<AttributeValues> form={form} layout="vertical" data-testid="bulk-edit-form" preserve={false}>
        <AttributeFields form={form} options={options} mode="bulk" />
      </Form>
      {empty ? <Alert type="warning" showIcon role="alert" message={t('studio.bulkEdit.nothing')} /> : null}
    </Modal>
  );
}
