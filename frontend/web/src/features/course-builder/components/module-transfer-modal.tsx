import { App, Form, Modal, Radio, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useBuildableCourses, useTargetModules } from '../api/course-structure';
import { useModuleCopy, useModuleMove } from '../api/structure-mutations';
import { subtreeIds, type StructureModule } from '../utils/structure';
import { FormSelect } from '@/components/forms/form-select';

interface TransferForm {
  mode: 'move' | 'copy';
  courseId: string;
  parentId: string;
}

const TOP = 'top';

/** "项目一 › 子模块 1.1": where a module sits. */
function pathOf(modules: readonly { id: string; title: string; parentId: string | null }[], id: string): string {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const titles: string[] = [];
  for (let m = byId.get(id); m && titles.length < 20; m = m.parentId ? byId.get(m.parentId) : undefined) titles.unshift(m.title);
  return titles.join(' › ');
}

/**
 * Move or copy a module (with its units, items and nested modules) to another place in this course or
 * to another course the user may build. Copies reference the same resources. The server's refusal (a
 * module into itself, a withdrawn or another school's resource in it) shows above the form, which keeps
 * its values.
 */
export function ModuleTransferModal({
  module,
  course,
  majorCode,
  onClose,
}: {
  module: StructureModule | null;
  course: { id: string; name: string };
  majorCode: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferForm>();
  const feedback = useFormFeedback(form, { courseId: 'courseId', parentId: 'parentId' });
  const mode = Form.useWatch('mode', form) ?? 'move';
  const targetId = Form.useWatch('courseId', form) ?? course.id;
  const courses = useBuildableCourses(majorCode, module !== null);
  const targetModules = useTargetModules(module ? targetId : null);
  const moveMutation = useModuleMove(course.id);
  const copyMutation = useModuleCopy(course.id);

  useEffect(() => {
    if (!module) return;
    form.setFieldsValue({ mode: 'move', courseId: course.id, parentId: module.parentId ?? TOP });
    feedback.clear();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another module opens
  }, [module]);

  const courseOptions = useMemo(() => {
    const list = courses.data ?? [];
    const all = list.some((c) => c.id === course.id) ? list : [course, ...list];
    return all.map((c) => ({ value: c.id, label: c.id === course.id ? t('courseBuilder.transfer.thisCourse', { name: c.name }) : c.name }));
  }, [courses.data, course, t]);

  // Moving a module into itself or one of its own modules cannot work: those are shown but disabled.
  const own = useMemo(() => (module ? subtreeIds(targetModules.data ?? [], module.id) : new Set<string>()), [module, targetModules.data]);
  const parentOptions = [
    { value: TOP, label: t('courseBuilder.transfer.top'), disabled: false },
    ...(targetModules.data ?? []).map((m) => ({
      value: m.id,
      label: pathOf(targetModules.data ?? [], m.id),
      disabled: mode === 'move' && targetId === course.id && own.has(m.id),
    })),
  ];

  const submit = async (values: TransferForm) => {
    if (!module) return;
    feedback.clear();
    const variables = { id: module.id, courseId: values.courseId, parentId: values.parentId === TOP ? null : values.parentId, position: null };
    try {
      if (values.mode === 'move') await moveMutation.mutateAsync(variables);
      else await copyMutation.mutateAsync(variables);
      const name = courseOptions.find((c) => c.value === values.courseId)?.label ?? '';
      void message.success(t(values.mode === 'move' ? 'courseBuilder.transfer.moved' : 'courseBuilder.transfer.copied', { course: name }));
      onClose();
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <Modal
      open={module !== null}
      onCancel={onClose}
      title={t('courseBuilder.transfer.title', { title: module?.title ?? '' })}
      okText={mode === 'move' ? t('courseBuilder.transfer.move') : t('courseBuilder.transfer.copy')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={moveMutation.isPending || copyMutation.isPending}
      okButtonProps={{ 'data-testid': 'transfer-submit' } as Record<string, string>}
      destroyOnHidden
      data-testid="module-transfer-modal"
    >
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <Form<TransferForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="transfer-form">
        <Form.Item name="mode" label={t('courseBuilder.transfer.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'move', label: t('courseBuilder.transfer.move') },
              { value: 'copy', label: t('courseBuilder.transfer.copy') },
            ]}
            data-testid="transfer-mode"
          />
        </Form.Item>
        <p className="zyk-muted zyk-cb-transfer__hint">{t(mode === 'move' ? 'courseBuilder.transfer.moveHint' : 'courseBuilder.transfer.copyHint')}</p>
        <Form.Item name="courseId" label={t('courseBuilder.transfer.course')} rules={[{ required: true }]}>
          <FormSelect
            options={courseOptions}
            loading={courses.isPending}
            showSearch
            optionFilterProp="label"
            onChange={() => form.setFieldValue('parentId', TOP)}
            data-testid="transfer-course"
          />
        </Form.Item>
        <Form.Item name="parentId" label={t('courseBuilder.transfer.parent')}>
          <Select options={parentOptions} loading={targetModules.isPending} data-testid="transfer-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
