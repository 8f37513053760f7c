import { DeleteOutlined, EyeOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Form, Row, Space, Timeline, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { FormAlert } from '@/components/forms/form-alert';
import { Section, SubSection } from '@/components/section';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useLanguage } from '@/hooks/use-language';
import { ApiError } from '@/lib/graphql-client';
import { formatDateTime } from '@/lib/format-date';
import { MutationFailed } from '@/lib/mutation-result';
import { useResourceDraft, useResourceUpdate, useResourceWithdraw, useReviewHistory, type ResourceDraft } from '../api/drafts';
import { useFormOptions, type FormOptions } from '../api/form-options';
import { useResourcesDelete, useResourcesSubmit } from '../api/my-resources';
import { useUploadQueue } from '../hooks/use-upload-queue';
import { ATTRIBUTE_FIELDS, formatBytes } from '../lib/choices';
import { toResourceInput, type AttributeValues } from '../lib/resource-input';
import { AttributeFields } from './attribute-fields';
import { ContentFields } from './content-fields';
import { FilePicker } from './file-picker';
import { MediaPanel } from './media-status';
import { ResourceStatusTag, ReviewComment } from './resource-status';
import { StudioNav } from './studio-nav';
import { SubtitlePanel } from './subtitle-panel';
import { UploadList } from './upload-list';
import '@/styles/studio.css';

function draftValues(draft: ResourceDraft): AttributeValues {
  return {
    title: draft.title,
    description: draft.description,
    body: draft.bodySource || draft.body,
    url: draft.url,
    organisationId: draft.organisation.id,
    majorId: draft.major.id,
    courseId: draft.course?.id,
    moduleId: draft.module?.id,
    knowledgePointIds: draft.knowledgePoints.map((p) => p.id),
    keywords: draft.keywords,
    source: draft.source,
    licence: draft.licence,
    audienceLevel: draft.audienceLevel,
    visibility: draft.visibility,
    downloadRequiresLogin: draft.downloadRequiresLogin,
    rightsHolder: draft.rightsHolder === draft.organisation.name ? '' : draft.rightsHolder,
    authors: draft.authors.map((a) => ({ name: a.name, organisationName: a.organisationName })),
  };
}

/** Who decided what, at which level, when, with which comment (M1 traceability). */
function ReviewHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const query = useReviewHistory(id);
  const decisions = query.data?.resourceReviewHistory ?? [];
  if (!decisions.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studio.edit.noHistory')} />;
  return (
    <Timeline
      className="zyk-studio__history"
      data-testid="review-history"
      items={decisions.map((d, index) => ({
        key: `${d.revisionId}-${index}`,
        color: d.cancelled ? 'gray' : d.approved ? 'green' : 'orange',
        children: (
          <div data-testid="review-decision" data-approved={d.approved}>
            <div>
              <strong>{d.level}</strong> ·{' '}
              {d.cancelled ? t('studio.edit.withdrawn') : d.approved ? t('studio.edit.approved') : t('studio.edit.returned')}
            </div>
            <div className="zyk-muted zyk-studio__small">
              {[d.decidedBy || t('studio.edit.automatic'), formatDateTime(d.decidedAt, language)].filter(Boolean).join(' · ')}
            </div>
            {d.comment ? <div className="zyk-studio__history-comment">{d.comment}</div> : null}
          </div>
        ),
      }))}
    />
  );
}

/** Status and what can be done now: 提交审核 / 撤回审核 / 删除, and the published version. */
function StatusPanel({ draft, onProblem }: { draft: ResourceDraft; onProblem: (error: unknown) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const submit = useResourcesSubmit();
  const withdraw = useResourceWithdraw();
  const remove = useResourcesDelete();
  const inReview = draft.status === 'IN_REVIEW';

  const onSubmit = async () => {
    try {
      const result = (await submit.mutateAsync({ ids: [draft.id] })).results[0];
      if (result?.ok) void message.success(t('studio.single.submitted'));
      else onProblem(new MutationFailed([{ code: result?.code ?? 'INTERNAL', message: result?.message ?? '' }], t('errors.unknown')));
    } catch (error) {
      onProblem(error);
    }
  };
  const onWithdraw = async () => {
    try {
      await withdraw.mutateAsync({ id: draft.id });
      void message.success(t('studio.edit.withdrawDone'));
    } catch (error) {
      onProblem(error);
    }
  };
  const onDelete = () =>
    modal.confirm({
      title: t('studio.tools.confirmDeleteTitle', { count: 1 }),
      content: t('studio.tools.confirmDeleteText'),
      okText: t('studio.tools.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' } as ButtonProps,
      cancelText: t('studio.common.cancel'),
      onOk: async () => {
        try {
          const result = (await remove.mutateAsync({ ids: [draft.id] })).results[0];
          if (result?.ok) {
            void message.success(t('studio.edit.deleted'));
            void navigate('/my/resources');
          } else {
            onProblem(new MutationFailed([{ code: result?.code ?? 'INTERNAL', message: result?.message ?? '' }], t('errors.unknown')));
          }
        } catch (error) {
          onProblem(error);
        }
      },
    });

  return (
    <div className="zyk-studio__status-panel" data-testid="status-panel">
      <div className="zyk-studio__status-line">
        <ResourceStatusTag resource={draft} />
        {draft.review?.submittedBy ? (
          <span className="zyk-muted zyk-studio__small">{t('studio.edit.submittedBy', { name: draft.review.submittedBy })}</span>
        ) : null}
      </div>
      <ReviewComment resource={draft} />
      <Space wrap className="zyk-studio__status-actions">
        {inReview ? (
          <Button icon={<RollbackOutlined />} loading={withdraw.isPending} onClick={() => void onWithdraw()} data-testid="edit-withdraw">
            {t('studio.actions.withdraw')}
          </Button>
        ) : (
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={() => void onSubmit()} data-testid="edit-submit">
            {t('studio.actions.submit')}
          </Button>
        )}
        <Button danger icon={<DeleteOutlined />} onClick={onDelete} data-testid="edit-delete">
          {t('studio.tools.delete')}
        </Button>
        {draft.publishedAt ? (
          <Link to={`/resources/${draft.id}`}>
            <EyeOutlined /> {t('studio.edit.viewPublished')}
          </Link>
        ) : null}
      </Space>
    </div>
  );
}

/** The form of the draft: content, file replacement, metadata → resourceUpdate. */
function DraftForm({ draft, options }: { draft: ResourceDraft; options: FormOptions }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AttributeValues>();
  const update = useResourceUpdate();
  const feedback = useFormFeedback(form, ATTRIBUTE_FIELDS);
  const queue = useUploadQueue({ maxBytes: options.maxUploadBytes });
  const replacement = queue.items[queue.items.length - 1];
  const [duplicate, setDuplicate] = useState<{ id: string; title: string } | null>(null);
  const hasFile = draft.type !== 'TEXT' && draft.type !== 'LINK';
  const initial = useMemo(() => draftValues(draft), [draft]);

  // The draft's institution stays choosable even where the person may no longer create.
  const withOwn = useMemo<FormOptions>(
    () =>
      options.organisations.some((o) => o.id === draft.organisation.id)
        ? options
        : { ...options, organisations: [draft.organisation, ...options.organisations] },
    [options, draft.organisation],
  );

  const onSave = async (values: AttributeValues) => {
    feedback.clear();
    setDuplicate(null);
    if (replacement && replacement.status !== 'done' && replacement.status !== 'refused') {
      void message.warning(t('studio.edit.waitUpload'));
      return;
    }
    const input = toResourceInput(values, { complete: true });
    if (draft.type !== 'TEXT') delete input.body;
    if (draft.type !== 'LINK') delete input.url;
    try {
      const payload = await update.mutateAsync({
        id: draft.id,
        input,
        uploadId: replacement?.status === 'done' ? (replacement.uploadId ?? null) : null,
      });
      if (payload.ok) {
        queue.clear();
        void message.success(t('studio.edit.saved'));
        return;
      }
      if (replacement) queue.again(replacement.key);
      const others = payload.errors.filter((e) => e.code !== 'DUPLICATE');
      if (others.length < payload.errors.length) setDuplicate(payload.duplicateOf ?? { id: '', title: '' });
      if (others.length) feedback.report(new MutationFailed(others, t('errors.unknown')));
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <Form<AttributeValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onSave(v)} data-testid="edit-form">
      <SubSection title={t('studio.edit.contentTitle')}>
        <ContentFields form={form} options={withOwn} type={draft.type} titleRequired />
        {hasFile ? (
          <div className="zyk-studio__file" data-testid="current-file">
            <p>
              {t('studio.edit.currentFile')}{' '}
              {draft.file ? (
                <>
                  <strong>{draft.file.filename}</strong> <span className="zyk-muted">({formatBytes(draft.file.size)})</span>{' '}
                  {draft.previewUrl ? (
                    <a href={draft.previewUrl} target="_blank" rel="noreferrer">
                      {t('studio.edit.openFile')}
                    </a>
                  ) : null}
                </>
              ) : (
                <span className="zyk-muted">—</span>
              )}
            </p>
            <FilePicker
              multiple={false}
              folder={false}
              hint={t('studio.edit.replaceHint')}
              onPick={(files) => {
                queue.clear();
                queue.add(files.slice(0, 1));
              }}
              testId="replace-picker"
            />
            <UploadList items={queue.items} onPause={queue.pause} onResume={queue.resume} onCancel={queue.cancel} />
          </div>
        ) : null}
      </SubSection>
      <SubSection title={t('studio.single.attributesTitle')}>
        <AttributeFields form={form} options={withOwn} mode="edit" />
      </SubSection>
      {duplicate ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="zyk-studio__note"
          message={t('studio.single.duplicateTitle')}
          description={
            duplicate.id ? (
              <Link to={`/resources/${duplicate.id}`} data-testid="duplicate-link">
                {duplicate.title}
              </Link>
            ) : undefined
          }
          data-testid="duplicate-alert"
        />
      ) : null}
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <div className="zyk-studio__actions">
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="edit-save">
          {t('studio.edit.save')}
        </Button>
        <span className="zyk-muted zyk-studio__small">
          {draft.status === 'PUBLISHED' ? t('studio.edit.saveHintPublished') : t('studio.edit.saveHint')}
        </span>
      </div>
    </Form>
  );
}

/**
 * `/my/resources/:id/edit`: online editing of the draft (metadata, the text of a text resource, a
 * replacement file), its status with 提交审核 / 撤回审核 / 删除, and the review history.
 */
export function ResourceEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useResourceDraft(id);
  const { options, isError: optionsFailed, error: optionsError, refetch } = useFormOptions();
  const [problem, setProblem] = useState<unknown>(null);
  const draft = query.data?.resourceDraft;

  if (query.isPending || (!options && !optionsFailed)) return <PageSkeleton cards={2} />;
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(String(query.error.code))) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!options) return <ErrorState error={optionsError} onRetry={() => void refetch()} />;
  if (!draft || !draft.canEdit) return <NotFoundView />;

  const problemAlert =
    problem instanceof MutationFailed
      ? problem.problems[0]
      : problem
        ? { code: problem instanceof ApiError ? String(problem.code) : 'INTERNAL', message: problem instanceof Error ? problem.message : t('errors.unknown') }
        : null;

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="edit-page" data-resource-id={draft.id}>
      <StudioNav />
      <Row gutter={[24, 0]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Section title={t('studio.edit.title')} subtitle={draft.title}>
            {draft.status === 'IN_REVIEW' ? (
              <Alert type="info" showIcon className="zyk-studio__note" message={t('studio.edit.inReviewNote')} data-testid="in-review-note" />
            ) : null}
            <DraftForm key={`${draft.id}-${draft.updatedAt}`} draft={draft} options={options} />
          </Section>
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Section title={t('studio.edit.statusTitle')}>
            <FormAlert problem={problemAlert} onClose={() => setProblem(null)} />
            <StatusPanel draft={draft} onProblem={setProblem} />
          </Section>
          {draft.media ? (
            <Section title={t('studio.media.title')}>
              <MediaPanel resource={draft} />
            </Section>
          ) : null}
          {(draft.type === 'VIDEO' || draft.type === 'ANIMATION') && draft.file ? (
            <Section title={t('studio.subtitles.title')}>
              <SubtitlePanel resource={draft} maxBytes={options.maxUploadBytes} />
            </Section>
          ) : null}
          <Section title={t('studio.edit.historyTitle')}>
            <ReviewHistory id={draft.id} />
          </Section>
        </Col>
      </Row>
    </div>
  );
}
