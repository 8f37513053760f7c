import type { ConstructionTaskKind, OrganisationKind } from '@zyk/shared';
import { App, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import {
  useConstructionTaskAssign,
  useConstructionTaskReport,
  useOrganisationCreate,
  useOrganisationInvite,
} from '../api/organisation-mutations';
import type { BoardTask } from '../api/get-construction-board';
import { FormModal } from './form-modal';
import { FormSelect } from '@/components/forms/form-select';

export interface OrganisationRef {
  id: string;
  name: string;
}

const CHILD_KINDS: OrganisationKind[] = ['DEPARTMENT', 'COURSE_TEAM', 'SCHOOL', 'ENTERPRISE', 'OTHER'];
const INVITED_KINDS: OrganisationKind[] = ['SCHOOL', 'ENTERPRISE'];

function useKindOptions(kinds: OrganisationKind[]) {
  const { t } = useTranslation();
  return kinds.map((kind) => ({ value: kind, label: t(`manage.kinds.${kind}`) }));
}

/** 新建下级机构: a department, course team or member organisation under `parent`. */
export function CreateOrganisationDialog({ parent, onClose }: { parent: OrganisationRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; shortName?: string; kind: OrganisationKind }>();
  const feedback = useFormFeedback(form, { name: 'name', shortName: 'shortName', kind: 'kind' });
  const create = useOrganisationCreate();
  const kinds = useKindOptions(CHILD_KINDS);
  return (
    <FormModal
      open={Boolean(parent)}
      title={t('manage.organisations.create.title', { name: parent?.name ?? '' })}
      okText={t('manage.organisations.create.submit')}
      form={form}
      pending={create.isPending}
      alert={feedback.alert}
      onClearAlert={feedback.clear}
      onClose={onClose}
      testId="organisation-create"
      onSubmit={(values) =>
        create.mutate(
          { parentId: parent?.id || null, name: values.name.trim(), kind: values.kind, shortName: values.shortName?.trim() || null },
          {
            onSuccess: () => {
              void message.success(t('manage.organisations.create.done'));
              onClose();
            },
            onError: feedback.report,
          },
        )
      }
    >
      <Form.Item name="name" label={t('manage.organisations.fields.name')} rules={[{ required: true, whitespace: true, message: t('manage.organisations.fields.nameRequired') }]}>
        <Input maxLength={128} data-testid="organisation-create-name" />
      </Form.Item>
      <Form.Item name="shortName" label={t('manage.organisations.fields.shortName')}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="kind" label={t('manage.organisations.fields.kind')} initialValue="DEPARTMENT" rules={[{ required: true }]}>
        <FormSelect options={kinds} />
      </Form.Item>
    </FormModal>
  );
}

/** 邀请参建单位: creates the school or enterprise under the host and emails its future administrator. */
export function InviteDialog({ host, onClose }: { host: OrganisationRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; kind: OrganisationKind; email: string }>();
  const feedback = useFormFeedback(form, { name: 'name', kind: 'kind', email: 'email' });
  const invite = useOrganisationInvite();
  const kinds = useKindOptions(INVITED_KINDS);
  return (
    <FormModal
      open={Boolean(host)}
      title={t('manage.organisations.invite.title')}
      okText={t('manage.organisations.invite.submit')}
      form={form}
      pending={invite.isPending}
      alert={feedback.alert}
      onClearAlert={feedback.clear}
      onClose={onClose}
      testId="organisation-invite"
      onSubmit={(values) =>
        invite.mutate(
          { hostId: host?.id ?? '', name: values.name.trim(), kind: values.kind, email: values.email.trim() },
          {
            onSuccess: (payload) => {
              void message.success(t('manage.organisations.invite.done', { email: payload.invitation?.email ?? values.email }));
              onClose();
            },
            onError: feedback.report,
          },
        )
      }
    >
      <p className="zyk-muted">{t('manage.organisations.invite.intro', { host: host?.name ?? '' })}</p>
      <Form.Item name="name" label={t('manage.organisations.fields.invitedName')} rules={[{ required: true, whitespace: true, message: t('manage.organisations.fields.nameRequired') }]}>
        <Input maxLength={128} />
      </Form.Item>
      <Form.Item name="kind" label={t('manage.organisations.fields.kind')} initialValue="SCHOOL" rules={[{ required: true }]}>
        <Radio.Group options={kinds} optionType="button" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('manage.organisations.fields.email')}
        extra={t('manage.organisations.invite.emailHint')}
        rules={[{ required: true, type: 'email', message: t('manage.organisations.fields.emailInvalid') }]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}

/** 分配建设任务: a course to build or a number of resources, with a due date. */
export function AssignTaskDialog({ organisation, onClose }: { organisation: OrganisationRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: ConstructionTaskKind; title: string; targetCount: number; dueDate: Dayjs; description?: string }>();
  const feedback = useFormFeedback(form, { kind: 'kind', title: 'title', targetCount: 'targetCount', dueDate: 'dueDate', description: 'description' });
  const assign = useConstructionTaskAssign();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal
      open={Boolean(organisation)}
      title={t('manage.organisations.assign.title', { name: organisation?.name ?? '' })}
      okText={t('manage.organisations.assign.submit')}
      form={form}
      pending={assign.isPending}
      alert={feedback.alert}
      onClearAlert={feedback.clear}
      onClose={onClose}
      testId="task-assign"
      onSubmit={(values) =>
        assign.mutate(
          {
            organisationId: organisation?.id ?? '',
            kind: values.kind,
            title: values.title.trim(),
            targetCount: values.kind === 'COURSE' ? 1 : values.targetCount,
            dueDate: values.dueDate.format('YYYY-MM-DD'),
            description: values.description?.trim() || null,
          },
          {
            onSuccess: () => {
              void message.success(t('manage.organisations.assign.done'));
              onClose();
            },
            onError: feedback.report,
          },
        )
      }
    >
      <Form.Item name="kind" label={t('manage.organisations.fields.taskKind')} initialValue="COURSE" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'COURSE', label: t('manage.organisations.taskKinds.COURSE') },
            { value: 'RESOURCES', label: t('manage.organisations.taskKinds.RESOURCES') },
          ]}
        />
      </Form.Item>
      <Form.Item name="title" label={t('manage.organisations.fields.title')} rules={[{ required: true, whitespace: true, message: t('manage.organisations.fields.titleRequired') }]}>
        <Input maxLength={200} data-testid="task-assign-title" />
      </Form.Item>
      {kind === 'RESOURCES' ? (
        <Form.Item name="targetCount" label={t('manage.organisations.fields.target')} initialValue={50} rules={[{ required: true, type: 'integer', min: 1, message: t('manage.organisations.fields.targetInvalid') }]}>
          <InputNumber min={1} max={100000} className="zyk-manage__full" />
        </Form.Item>
      ) : null}
      <Form.Item name="dueDate" label={t('manage.organisations.fields.dueDate')} rules={[{ required: true, message: t('manage.organisations.fields.dueDateRequired') }]}>
        <DatePicker className="zyk-manage__full" disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="description" label={t('manage.organisations.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** 填报进度: how many of the task's target are done now. */
export function ReportProgressDialog({ task, onClose }: { task: BoardTask | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ doneCount: number }>();
  const feedback = useFormFeedback(form, { doneCount: 'doneCount' });
  const report = useConstructionTaskReport();
  return (
    <FormModal
      open={Boolean(task)}
      title={t('manage.organisations.report.title', { title: task?.title ?? '' })}
      okText={t('manage.organisations.report.submit')}
      form={form}
      pending={report.isPending}
      alert={feedback.alert}
      onClearAlert={feedback.clear}
      onClose={onClose}
      testId="task-report"
      onSubmit={(values) =>
        report.mutate(
          { taskId: task?.id ?? '', doneCount: values.doneCount },
          {
            onSuccess: () => {
              void message.success(t('manage.organisations.report.done'));
              onClose();
            },
            onError: feedback.report,
          },
        )
      }
    >
      <Form.Item
        name="doneCount"
        label={t('manage.organisations.report.doneCount', { target: task?.targetCount ?? 0 })}
        initialValue={task?.doneCount ?? 0}
        rules={[{ required: true, type: 'integer', min: 0, message: t('manage.organisations.report.invalid') }]}
      >
        <InputNumber min={0} max={1000000} className="zyk-manage__full" data-testid="task-report-count" />
      </Form.Item>
    </FormModal>
  );
}
