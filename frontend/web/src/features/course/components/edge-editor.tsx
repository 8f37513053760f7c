import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Popconfirm, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubSection } from '@/components/section';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useKnowledgeEdgeAdd, useKnowledgeEdgeRemove, type KnowledgeGraphData } from '../api/knowledge-graph';
import type { PointLinkKind } from '../utils/point-graph';
import { FormSelect } from '@/components/forms/form-select';

interface EdgeForm {
  sourceId?: string;
  kind: PointLinkKind;
  targetId?: string;
}

const KINDS: PointLinkKind[] = ['PREREQUISITE', 'CONTAINS'];

/**
 * For the course team: link two points (先修 / 包含) and remove links. A refusal (a cycle, naming the
 * points; a repeated link) is the server's translated message above the form, which keeps its values.
 */
export function EdgeEditor({ courseId, graph }: { courseId: string; graph: KnowledgeGraphData }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EdgeForm>();
  // Every refusal goes above the form: a cycle is about both points, and names them.
  const feedback = useFormFeedback(form);
  const add = useKnowledgeEdgeAdd(courseId);
  const remove = useKnowledgeEdgeRemove(courseId);
  const kind = Form.useWatch('kind', form) ?? 'PREREQUISITE';
  const names = new Map(graph.nodes.map((node) => [node.id, node.point.name]));
  const options = graph.nodes.map((node) => ({
    value: node.id,
    label: `${node.point.name}（${t(`course.graph.kind.${node.point.kind}`)}）`,
  }));
  const filterOption = (input: string, option?: { label: string }) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase());

  const onFinish = async (values: EdgeForm) => {
    feedback.clear();
    try {
      await add.mutateAsync({ sourceId: values.sourceId ?? '', targetId: values.targetId ?? '', kind: values.kind });
      void message.success(t('course.edges.added'));
      form.setFieldValue('targetId', undefined);
    } catch (error) {
      feedback.report(error);
    }
  };

  const onRemove = async (id: string) => {
    feedback.clear();
    try {
      await remove.mutateAsync({ id });
      void message.success(t('course.edges.removed'));
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <SubSection title={t('course.edges.title')} id="graph-edit">
      <p className="zyk-muted">{t(`course.edges.hint.${kind}`)}</p>
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <Form<EdgeForm>
        form={form}
        layout="vertical"
        className="zyk-kg__form"
        initialValues={{ kind: 'PREREQUISITE' }}
        onFinish={(values) => void onFinish(values)}
        data-testid="edge-form"
      >
        <Form.Item name="sourceId" label={t(`course.edges.source.${kind}`)} rules={[{ required: true, message: t('course.edges.pickPoint') }]}>
          <FormSelect showSearch options={options} filterOption={filterOption} placeholder={t('course.edges.pickPoint')} data-testid="edge-source" />
        </Form.Item>
        <Form.Item name="kind" label={t('course.edges.kind')}>
          <Select
            options={KINDS.map((value) => ({ value, label: t(`course.graph.edgeKind.${value}`) }))}
            data-testid="edge-kind"
          />
        </Form.Item>
        <Form.Item name="targetId" label={t(`course.edges.target.${kind}`)} rules={[{ required: true, message: t('course.edges.pickPoint') }]}>
          <FormSelect showSearch options={options} filterOption={filterOption} placeholder={t('course.edges.pickPoint')} data-testid="edge-target" />
        </Form.Item>
        <Form.Item label=" " className="zyk-kg__form-submit">
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="edge-add">
            {t('course.edges.add')}
          </Button>
        </Form.Item>
      </Form>
      {graph.edges.length ? (
        <ul className="zyk-kg__edges" data-testid="edge-list">
          {graph.edges.map((edge) => (
            <li key={edge.id} className="zyk-kg__edge" data-testid="edge-row" data-kind={edge.kind}>
              <span>
                {t(`course.graph.edgeText.${edge.kind}`, { source: names.get(edge.sourceId) ?? '', target: names.get(edge.targetId) ?? '' })}
              </span>
              <Popconfirm
                title={t('course.edges.removeConfirm')}
                okText={t('course.edges.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() => onRemove(edge.id)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('course.edges.remove')} data-testid="edge-remove">
                  {t('course.edges.remove')}
                </Button>
              </Popconfirm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.edges.none')}</p>
      )}
    </SubSection>
  );
}
