import { Form, Input, Modal, Radio, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useKnowledgePointAdd, useKnowledgePointUpdate, type KnowledgeGraphData, type KnowledgeGraphNodeData } from '../api/knowledge-graph';
import type { PointKind } from '../utils/point-graph';

interface PointForm {
  name: string;
  kind: PointKind;
  description?: string;
  jobPositionIds?: string[];
}

/** Where the server's refusals go: its field names → this form's. */
const FIELDS = { name: 'name', kind: 'kind', description: 'description', jobPositionIds: 'jobPositionIds' };
const KINDS: PointKind[] = ['KNOWLEDGE', 'SKILL'];

/**
 * 添加 / 编辑知识点 (graph editor): name (unique in the course), kind, description and the job positions
 * it prepares for. A refusal about a field goes under it (e.g. a repeated name); the form keeps its values.
 */
export function PointFormModal({
  courseId,
  graph,
  point,
  open,
  onClose,
  onSaved,
}: {
  courseId: string;
  graph: KnowledgeGraphData;
  /** The point to change; null adds a new one. */
  point: KnowledgeGraphNodeData | null;
  open: boolean;
  onClose: () => void;
  onSaved: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PointForm>();
  const feedback = useFormFeedback(form, FIELDS);
  const add = useKnowledgePointAdd(courseId);
  const update = useKnowledgePointUpdate(courseId);
  const editing = point !== null;

  const initialValues: PointForm = point
    ? {
        name: point.point.name,
        kind: point.point.kind as PointKind,
        description: point.point.description,
        jobPositionIds: point.point.jobPositions.map((job) => job.id),
      }
    : { name: '', kind: 'KNOWLEDGE', description: '', jobPositionIds: [] };

  const onFinish = async (values: PointForm) => {
    feedback.clear();
    const variables = {
      kind: values.kind,
      name: values.name,
      description: values.description ?? '',
      jobPositionIds: values.jobPositionIds ?? [],
    };
    try {
      const saved = point
        ? (await update.mutateAsync({ id: point.id, ...variables })).point
        : (await add.mutateAsync({ courseId, ...variables })).point;
      if (saved) onSaved(saved.id, saved.name);
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t(editing ? 'course.pointEditor.editTitle' : 'course.pointEditor.addTitle')}
      okText={t(editing ? 'course.pointEditor.save' : 'course.pointEditor.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => (opened ? undefined : feedback.clear())}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'point-form-submit' } as ButtonProps}
    >
      <Form<PointForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        preserve={false}
        onFinish={(values) => void onFinish(values)} data-testid="point-form">
        <Form.Item
          name="name"
          label={t('course.pointEditor.name')}
          rules={[
            { required: true, whitespace: true, message: t('course.pointEditor.nameRequired') },
            { max: 128, message: t('course.pointEditor.nameTooLong') },
          ]}
        >
          <Input maxLength={128} showCount autoComplete="off" data-testid="point-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('course.pointEditor.kind')}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((value) => ({ value, label: t(`course.graph.kind.${value}`) }))}
            data-testid="point-kind"
          />
        </Form.Item>
        <Form.Item name="description" label={t('course.pointEditor.description')}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 2, maxRows: 6 }} data-testid="point-description" />
        </Form.Item>
        <Form.Item name="jobPositionIds" label={t('course.pointEditor.jobPositions')} extra={t('course.pointEditor.jobPositionsHint')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            maxCount={20}
            options={graph.jobPositionOptions.map((job) => ({ value: job.id, label: job.name }))}
            placeholder={t('course.pointEditor.jobPositionsPlaceholder')}
            data-testid="point-jobs"
          />
        </Form.Item>
        <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      </Form>
    </Modal>
  );
}
