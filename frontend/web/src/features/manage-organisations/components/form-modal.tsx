import { Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import type { MutationProblem } from '@/lib/mutation-result';

/** A dialog around one form: OK submits it, the alert shows refusals that belong to no field. */
export function FormModal<Values>({
  open,
  title,
  okText,
  form,
  pending,
  alert,
  onClearAlert,
  onSubmit,
  onClose,
  testId,
  children,
}: {
  open: boolean;
  title: ReactNode;
  okText: string;
  form: FormInstance<Values>;
  pending: boolean;
  alert: MutationProblem | null;
  onClearAlert: () => void;
  onSubmit: (values: Values) => void;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('manage.common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-submit` } as ButtonProps}
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onSubmit} data-testid={testId} preserve={false}>
        {children}
        <FormAlert problem={alert} onClose={onClearAlert} />
      </Form>
    </Modal>
  );
}
