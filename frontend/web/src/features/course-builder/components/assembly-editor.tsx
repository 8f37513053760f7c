import { ArrowDownOutlined, ArrowUpOutlined, CheckOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useAssemblyCreate, useAssemblyUpdate } from '../api/structure-mutations';
import { useBuilder } from '../hooks/use-builder-context';
import { unitPlaces } from '../utils/structure';
import type { PickedResource } from './library-drawer';
import { ResourceSearch } from './resource-search';
import { ResourceTypeLabel } from './resource-type-icon';
import { TITLE_MAX } from './title-form';

export interface AssemblyDraft {
  /** Set when editing an existing assembly. */
  id?: string;
  title: string;
  description: string;
  resources: PickedResource[];
}

interface AssemblyForm {
  title: string;
  description: string;
}

const MAX_RESOURCES = 100;

/**
 * 积件 editor: a named, ordered set of library resources that any course can reuse. Create one from
 * picked resources or edit one (its owner); "save and add" puts a new one in the chosen unit. The
 * server's refusal (a withdrawn or another school's resource, not the owner) shows above the form,
 * which keeps everything.
 */
export function AssemblyEditor({
  draft,
  phone,
  unitId,
  onClose,
}: {
  draft: AssemblyDraft | null;
  phone: boolean;
  /** Where "save and add" adds a new assembly. */
  unitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const builder = useBuilder();
  const [form] = Form.useForm<AssemblyForm>();
  const feedback = useFormFeedback(form, { title: 'title', description: 'description' });
  const [resources, setResources] = useState<PickedResource[]>([]);
  const [adding, setAdding] = useState(false);
  const [missing, setMissing] = useState(false);
  const create = useAssemblyCreate();
  const update = useAssemblyUpdate();
  const editing = Boolean(draft?.id);
  const unit = unitPlaces(builder.modules).find((place) => place.unit.id === unitId);

  useEffect(() => {
    if (!draft) return;
    form.setFieldsValue({ title: draft.title, description: draft.description });
    setResources(draft.resources);
    setAdding(draft.resources.length === 0);
    setMissing(false);
    feedback.clear();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when another draft opens
  }, [draft]);

  const move = (index: number, step: -1 | 1) =>
    setResources((current) => {
      const next = [...current];
      [next[index], next[index + step]] = [next[index + step], next[index]];
      return next;
    });

  const save = async (addToUnit: boolean) => {
    let values: AssemblyForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (!resources.length) {
      setMissing(true);
      return;
    }
    feedback.clear();
    const resourceIds = resources.map((r) => r.id);
    try {
      if (draft?.id) {
        await update.mutateAsync({ id: draft.id, title: values.title.trim(), description: values.description ?? '', resourceIds });
        void message.success(t('courseBuilder.assembly.saved'));
        onClose();
        return;
      }
      const payload = await create.mutateAsync({ title: values.title.trim(), description: values.description ?? '', resourceIds });
      void message.success(t('courseBuilder.assembly.created'));
      onClose();
      // A refusal of adding it shows at the unit; the assembly exists either way.
      if (addToUnit && unitId && payload.assembly) await builder.actions.addItem(`unit:${unitId}`, unitId, { assemblyId: payload.assembly.id });
    } catch (error) {
      feedback.report(error);
    }
  };

  const busy = create.isPending || update.isPending;
  return (
    <Modal
      open={draft !== null}
      onCancel={onClose}
      title={editing ? t('courseBuilder.assembly.editTitle') : t('courseBuilder.assembly.newTitle')}
      width={phone ? '100%' : 720}
      className={`zyk-cb-assembly${phone ? ' zyk-cb-assembly--phone' : ''}`}
      destroyOnHidden
      data-testid="assembly-editor"
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        !editing && unitId ? (
          <Button key="add" onClick={() => void save(true)} loading={busy} data-testid="assembly-save-add">
            {t('courseBuilder.assembly.saveAndAdd', { unit: unit?.unit.title ?? '' })}
          </Button>
        ) : null,
        <Button key="save" type="primary" onClick={() => void save(false)} loading={busy} data-testid="assembly-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      <p className="zyk-muted zyk-cb-assembly__hint">{t('courseBuilder.assembly.hint')}</p>
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <Form<AssemblyForm> form={form} layout="vertical" requiredMark="optional" data-testid="assembly-form">
        <Form.Item
          name="title"
          label={t('courseBuilder.assembly.name')}
          rules={[{ required: true, whitespace: true, message: t('courseBuilder.titleRequired') }]}
        >
          <Input maxLength={TITLE_MAX} data-testid="assembly-title" />
        </Form.Item>
        <Form.Item name="description" label={t('courseBuilder.assembly.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} data-testid="assembly-description" />
        </Form.Item>
      </Form>
      <h3 className="zyk-cb-assembly__heading">{t('courseBuilder.assembly.resources', { count: resources.length })}</h3>
      {resources.length ? (
        <ol className="zyk-cb-assembly__list" data-testid="assembly-resources">
          {resources.map((resource, index) => (
            <li key={resource.id} className="zyk-cb-assembly__row" data-testid="assembly-resource" data-resource-id={resource.id}>
              <span className="zyk-cb-assembly__index">{index + 1}</span>
              <ResourceTypeLabel type={resource.type} />
              <span className="zyk-cb-assembly__title">{resource.title}</span>
              <span className="zyk-cb-assembly__actions">
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('courseBuilder.item.up')}
                  data-testid="assembly-resource-up"
                />
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={index === resources.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('courseBuilder.item.down')}
                />
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => setResources((current) => current.filter((r) => r.id !== resource.id))}
                  aria-label={t('courseBuilder.assembly.drop', { title: resource.title })}
                  data-testid="assembly-resource-drop"
                />
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className={missing ? 'zyk-cb-assembly__missing' : 'zyk-muted'} role={missing ? 'alert' : undefined}>
          {t('courseBuilder.assembly.noResources')}
        </p>
      )}
      {adding ? (
        <ResourceSearch
          courseId={builder.courseId}
          testId="assembly-search"
          actions={(hit) => {
            const inside = resources.some((r) => r.id === hit.id);
            return (
              <Button
                size="small"
                icon={inside ? <CheckOutlined /> : <PlusOutlined />}
                disabled={inside || resources.length >= MAX_RESOURCES}
                onClick={() => {
                  setMissing(false);
                  setResources((current) => [...current, { id: hit.id, title: hit.title, type: hit.type }]);
                }}
                data-testid="assembly-pick"
              >
                {inside ? t('courseBuilder.assembly.inside') : t('courseBuilder.assembly.pick')}
              </Button>
            );
          }}
        />
      ) : (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="assembly-add-resources">
          {t('courseBuilder.assembly.addResources')}
        </Button>
      )}
    </Modal>
  );
}
