import { EyeOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Form, Input, Popconfirm, Radio, Result, Tabs, Tooltip } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { FormAlert } from '@/components/forms/form-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { ApiError } from '@/lib/graphql-client';
import {
  useCoursePortal,
  useCoursePortalDraft,
  useCoursePortalSave,
  useCoursePortalSubmit,
  type PortalDraftData,
  type PortalTeamData,
} from '../api/course-portal';
import { fingerprint, formValuesFrom, portalInputFrom, type PortalFormValues } from '../lib/portal-form';
import { IntroEditor } from './intro-editor';
import { PortalStatusAlert } from './portal-status-alert';
import { StandardEditor } from './standard-editor';
import { TeamEditor } from './team-editor';
import { TemplatePicker } from './template-picker';
import './course-portal.css';
import './portal-editor.css';

type TabKey = 'template' | 'intro' | 'standard' | 'team';

/** Which tab holds a form field (the first part of its name), to open it when the field is wrong. */
const TAB_OF: Record<string, TabKey> = {
  template: 'template',
  level: 'intro',
  summary: 'intro',
  intro: 'intro',
  goals: 'standard',
  modules: 'standard',
  methods: 'standard',
  assessment: 'standard',
  teachers: 'team',
};

interface EditorProps {
  course: PortalTeamData;
  draft: PortalDraftData;
  liveTemplate: PortalDraftData['portal']['template'] | null;
}

function PortalEditorForm({ course, draft, liveTemplate }: EditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PortalFormValues>();
  const [initialValues] = useState(() => formValuesFrom(draft));
  const baseline = useRef(fingerprint(initialValues));
  const loadedAt = useRef(draft.updatedAt);
  const dirtyRef = useRef(false);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<TabKey>('template');
  const feedback = useFormFeedback(form);
  const alertRef = useRef<HTMLDivElement>(null);
  const save = useCoursePortalSave(course.id);
  const submit = useCoursePortalSubmit(course.id);
  const readOnly = draft.status === 'IN_REVIEW';
  const busy = save.isPending || submit.isPending;
  const previewPath = `/courses/${course.id}?preview=draft`;

  const setClean = (values: PortalFormValues) => {
    baseline.current = fingerprint(values);
    dirtyRef.current = false;
    setDirty(false);
  };
  const recheck = () => {
    const now = fingerprint(form.getFieldsValue(true) as PortalFormValues) !== baseline.current;
    dirtyRef.current = now;
    setDirty(now);
  };

  // A newer revision saved elsewhere (another tab) replaces an untouched form; typed changes are never overwritten.
  useEffect(() => {
    if (draft.updatedAt === loadedAt.current || dirtyRef.current) return;
    const values = formValuesFrom(draft);
    form.setFieldsValue(values);
    loadedAt.current = draft.updatedAt;
    baseline.current = fingerprint(values);
    setDirty(false);
  }, [draft, form]);

  // Leaving with unsaved changes asks first (links inside the app and closing or reloading the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && `${currentLocation.pathname}${currentLocation.search}` !== `${nextLocation.pathname}${nextLocation.search}`,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('coursePortal.editor.leaveTitle'),
      content: t('coursePortal.editor.leaveText'),
      okText: t('coursePortal.editor.leave'),
      cancelText: t('coursePortal.editor.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const showProblem = (error: unknown) => {
    feedback.report(error);
    window.requestAnimationFrame(() => alertRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' }));
  };

  const validate = async () => {
    try {
      await form.validateFields();
      return true;
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]?.name?.[0];
      const target = first !== undefined ? TAB_OF[String(first)] : undefined;
      if (target) setTab(target);
      void message.error(t('coursePortal.editor.fixErrors'));
      return false;
    }
  };

  const store = async (mode: 'save' | 'submit' | 'preview') => {
    feedback.clear();
    if (!(await validate())) return;
    const values = form.getFieldsValue(true) as PortalFormValues;
    try {
      const result = await save.mutateAsync({ courseId: course.id, input: portalInputFrom(values), submit: mode === 'submit' });
      loadedAt.current = result.draft?.updatedAt ?? loadedAt.current;
      setClean(values);
      if (mode === 'preview') navigate(previewPath);
      else if (mode === 'submit') announceSubmitted(result.draft?.status);
      else void message.success(t('coursePortal.editor.saved'));
    } catch (error) {
      showProblem(error);
    }
  };

  const announceSubmitted = (status: string | undefined) => {
    if (status === 'CHANGES_REQUESTED') void message.warning(t('coursePortal.editor.sentBack'));
    else void message.success(t('coursePortal.editor.submitted'));
  };

  const onSubmit = async () => {
    if (dirty) return store('submit');
    feedback.clear();
    try {
      const result = await submit.mutateAsync({ courseId: course.id });
      announceSubmitted(result.draft?.status);
    } catch (error) {
      showProblem(error);
    }
  };

  const onPreview = () => {
    if (dirty && !readOnly) void store('preview');
    else navigate(previewPath);
  };

  // The panes do not change with the dirty flag or the action state: memoised, typing re-renders only the field.
  const tabItems = useMemo(
    () => [
      {
        key: 'template',
        label: t('coursePortal.editor.tabs.template'),
        children: (
          <>
            <p className="zyk-muted zyk-editor-hint">{t('coursePortal.editor.templateHint')}</p>
            <Form.Item name="template" noStyle>
              <TemplatePicker live={liveTemplate} disabled={readOnly} />
            </Form.Item>
          </>
        ),
      },
      {
        key: 'intro',
        label: t('coursePortal.editor.tabs.intro'),
        children: (
          <>
            <Form.Item label={t('coursePortal.levelLabel')} name="level">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={(['INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED'] as const).map((level) => ({
                  value: level,
                  label: t(`coursePortal.level.${level}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              label={t('coursePortal.editor.summary')}
              name="summary"
              extra={t('coursePortal.editor.summaryHint')}
              rules={[{ max: 240, message: t('coursePortal.editor.tooLong', { max: 240 }) }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} showCount maxLength={240} data-testid="summary-input" />
            </Form.Item>
            <Form.Item label={t('coursePortal.editor.intro')} name="intro">
              <IntroEditor disabled={readOnly} aria-label={t('coursePortal.editor.intro')} />
            </Form.Item>
          </>
        ),
      },
      {
        key: 'standard',
        label: t('coursePortal.editor.tabs.standard'),
        children: <StandardEditor disabled={readOnly} />,
      },
      {
        key: 'team',
        label: t('coursePortal.editor.tabs.team'),
        children: <TeamEditor disabled={readOnly} />,
      },
    ],
    [readOnly, liveTemplate, t],
  );

  const nothingToSubmit = draft.status === 'PUBLISHED' && !dirty;
  const submitButton = (
    <Button icon={<SendOutlined />} type="primary" disabled={readOnly || nothingToSubmit || busy} loading={(save.isPending && save.variables?.submit === true) || submit.isPending} data-testid="portal-submit">
      {t('coursePortal.editor.submit')}
    </Button>
  );

  return (
    <div className="zyk-portal-editor" data-testid="portal-editor" data-dirty={dirty}>
      <header className="zyk-portal-editor__head">
        <div className="zyk-container">
          <nav aria-label={t('course.breadcrumb')}>
            <Breadcrumb
              items={[
                { title: <Link to="/">{t('app.nav.home')}</Link> },
                { title: <Link to={`/majors/${encodeURIComponent(course.major.code)}`}>{course.major.name}</Link> },
                { title: <Link to={`/courses/${course.id}`}>{course.name}</Link> },
                { title: <span aria-current="page">{t('coursePortal.editor.title')}</span> },
              ]}
            />
          </nav>
          <h1 className="zyk-portal-editor__title">{t('coursePortal.editor.title')}</h1>
          <p className="zyk-muted">{t('coursePortal.editor.subtitle', { name: course.name })}</p>
        </div>
      </header>
      <div className="zyk-container zyk-page zyk-portal-editor__body">
        <PortalStatusAlert status={draft.status} comment={draft.comment} updatedAt={draft.updatedAt as string | null} />
        <div ref={alertRef}>
          <FormAlert problem={feedback.alert} onClose={feedback.clear} />
        </div>
        <Form<PortalFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={recheck}
          disabled={readOnly}
          requiredMark={false}
          className="zyk-card zyk-portal-editor__form"
          data-testid="portal-editor-form"
        >
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as TabKey)}
            items={tabItems}
          />
        </Form>
      </div>
      <div className="zyk-portal-editor__bar" role="region" aria-label={t('coursePortal.editor.actions')}>
        <div className="zyk-container zyk-portal-editor__bar-inner">
          <span className="zyk-portal-editor__dirty" aria-live="polite" data-testid="portal-dirty">
            {readOnly ? t('coursePortal.editor.readOnly') : dirty ? t('coursePortal.editor.unsaved') : t('coursePortal.editor.allSaved')}
          </span>
          <span className="zyk-portal-editor__buttons">
            <Button icon={<SaveOutlined />} onClick={() => void store('save')} disabled={readOnly || busy || !dirty} loading={save.isPending && !save.variables?.submit} data-testid="portal-save">
              {t('coursePortal.editor.save')}
            </Button>
            <Button icon={<EyeOutlined />} onClick={onPreview} disabled={busy} data-testid="portal-preview">
              {t('coursePortal.editor.preview')}
            </Button>
            {readOnly || nothingToSubmit ? (
              <Tooltip title={readOnly ? t('coursePortal.editor.statusText.IN_REVIEW') : t('coursePortal.editor.nothingToSubmit')}>
                <span>{submitButton}</span>
              </Tooltip>
            ) : (
              <Popconfirm
                title={t('coursePortal.editor.submitTitle')}
                description={t('coursePortal.editor.submitText')}
                okText={t('coursePortal.editor.submit')}
                cancelText={t('common.cancel')}
                onConfirm={() => onSubmit()}
              >
                {submitButton}
              </Popconfirm>
            )}
          </span>
        </div>
      </div>
    </div>
  );
}

/** `/courses/:id/portal`: the course team edits the portal, previews the draft and sends it to review (M6). */
export function PortalEditorPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const team = useCoursePortalDraft(courseId);
  const live = useCoursePortal(courseId);
  const course = team.data?.course;
  useDocumentTitle(course ? t('coursePortal.editor.documentTitle', { name: course.name }) : undefined);

  if (team.isPending) return <PageSkeleton cards={2} />;
  if (team.isError) {
    if (team.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(team.error.code)) return <NotFoundView />;
    return <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  }
  if (!course) return <NotFoundView />;
  if (!course.portalDraft) {
    return (
      <div className="zyk-container zyk-state" data-testid="portal-editor-denied">
        <Result
          status="403"
          title={t('coursePortal.editor.deniedTitle')}
          subTitle={t('coursePortal.editor.deniedText')}
          extra={
            <Link to={`/courses/${course.id}`} className="zyk-button-link">
              {t('coursePortal.editor.backToCourse')}
            </Link>
          }
        />
      </div>
    );
  }
  return <PortalEditorForm course={course} draft={course.portalDraft} liveTemplate={live.data?.course?.portal.template ?? null} />;
}
