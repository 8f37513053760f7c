import { AuditOutlined, CheckOutlined, ExportOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Empty, Form, Grid, Input, List, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { FormAlert } from '@/components/forms/form-alert';
import { Section } from '@/components/section';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { REVIEW_PAGE_SIZE, useResourceReview, useReviewQueue, type ReviewTask } from '../api/review';
import { formatBytes } from '../lib/choices';
import '@/styles/studio.css';

/** How long it has waited: "3 天" / "5 小时" / "刚刚". */
function useWaiting() {
  const { t } = useTranslation();
  return (since: string) => {
    const minutes = Math.max(0, Math.floor((Date.now() - new Date(since).getTime()) / 60_000));
    if (minutes < 1) return t('studio.review.justNow');
    if (minutes < 60) return t('studio.review.minutes', { count: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return t('studio.review.hours', { count: hours });
    return t('studio.review.days', { count: Math.floor(hours / 24) });
  };
}

/** The version under review: preview, text or link, and every attribute a reviewer checks. */
function ReviewedVersion({ task }: { task: ReviewTask }) {
  const { t } = useTranslation();
  const r = task.resource;
  const preview = r.previewUrl ?? (r.file ? `/resources/${r.id}/file` : null);
  return (
    <div className="zyk-studio__review-version" data-testid="review-version">
      <h3 className="zyk-studio__review-title" data-testid="review-title">
        {r.title}
      </h3>
      <div className="zyk-studio__card-tags">
        <Tag>{t(`studio.enums.type.${r.type}`)}</Tag>
        <Tag color="processing">{t('studio.status.inReviewAt', { level: task.level })}</Tag>
      </div>
      {preview && (r.type === 'IMAGE' || r.type === 'ANIMATION') && r.file?.mime.startsWith('image/') ? (
        <img className="zyk-studio__preview-image" src={preview} alt={r.title} />
      ) : null}
      {preview && r.type === 'VIDEO' ? <video className="zyk-studio__preview-media" src={preview} controls preload="metadata" /> : null}
      {preview && r.type === 'AUDIO' ? <audio className="zyk-studio__preview-audio" src={preview} controls preload="metadata" /> : null}
      {preview ? (
        <p>
          <a href={preview} target="_blank" rel="noreferrer" data-testid="review-preview">
            <ExportOutlined /> {t('studio.review.openFile', { name: r.file?.filename ?? '' })}
          </a>
        </p>
      ) : null}
      {r.type === 'TEXT' ? (
        // `body` is the server's sanitised HTML of the text resource.
        <div className="zyk-studio__review-body zyk-prose" dangerouslySetInnerHTML={{ __html: r.body }} data-testid="review-body" />
      ) : null}
      {r.type === 'LINK' && r.url ? (
        <p>
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            <ExportOutlined /> {r.url}
          </a>
        </p>
      ) : null}
      {r.description ? <p className="zyk-studio__review-description">{r.description}</p> : null}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'org', label: t('studio.fields.organisation'), children: r.organisation.name },
          { key: 'major', label: t('studio.fields.major'), children: r.major.name },
          { key: 'course', label: t('studio.fields.course'), children: r.course?.name ?? '—' },
          { key: 'module', label: t('studio.fields.module'), children: r.module?.name ?? '—' },
          { key: 'points', label: t('studio.fields.points'), children: r.knowledgePoints.map((p) => p.name).join('、') || '—' },
          { key: 'keywords', label: t('studio.fields.keywords'), children: r.keywords.join('、') || '—' },
          { key: 'source', label: t('studio.fields.source'), children: t(`studio.enums.source.${r.source}`) },
          { key: 'licence', label: t('studio.fields.licence'), children: t(`studio.enums.licence.${r.licence}`) },
          { key: 'audience', label: t('studio.fields.audience'), children: t(`studio.enums.audience.${r.audienceLevel}`) },
          { key: 'visibility', label: t('studio.fields.visibility'), children: t(`studio.enums.visibility.${r.visibility}`) },
          { key: 'rights', label: t('studio.fields.rightsHolder'), children: r.rightsHolder },
          {
            key: 'authors',
            label: t('studio.fields.authors'),
            children: r.authors.map((a) => (a.organisationName ? `${a.name}（${a.organisationName}）` : a.name)).join('、') || '—',
          },
          ...(r.file
            ? [
                {
                  key: 'file',
                  label: t('studio.review.file'),
                  children: [
                    r.file.filename,
                    formatBytes(r.file.size),
                    r.file.pages ? t('studio.review.pages', { count: r.file.pages }) : null,
                    r.file.durationSeconds ? t('studio.review.duration', { seconds: Math.round(r.file.durationSeconds) }) : null,
                    r.file.width && r.file.height ? `${r.file.width}×${r.file.height}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

/** 通过 / 退回修改: a comment is required to send it back (and welcome with an approval). */
export function ReviewDecision({ task, onDecided }: { task: ReviewTask; onDecided: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const review = useResourceReview();
  const feedback = useFormFeedback(form, { comment: 'comment' });
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);

  const decide = async (approve: boolean) => {
    feedback.clear();
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    if (!approve && !comment) {
      form.setFields([{ name: 'comment', errors: [t('studio.review.commentRequired')] }]);
      return;
    }
    setDeciding(approve ? 'approve' : 'reject');
    try {
      await review.mutateAsync({ id: task.resource.id, approve, comment });
      void message.success(approve ? t('studio.review.approved', { title: task.resource.title }) : t('studio.review.returned', { title: task.resource.title }));
      onDecided(task.id);
    } catch (error) {
      feedback.report(error);
    } finally {
      setDeciding(null);
    }
  };

  return (
    <Form form={form} layout="vertical" className="zyk-studio__decision" data-testid="review-decision-form">
      <Form.Item name="comment" label={t('studio.review.comment')} extra={t('studio.review.commentHint')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="review-comment-input" />
      </Form.Item>
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <div className="zyk-studio__decision-buttons">
        <Button type="primary" icon={<CheckOutlined />} loading={deciding === 'approve'} disabled={Boolean(deciding)} onClick={() => void decide(true)} data-testid="review-approve">
          {t('studio.review.approve')}
        </Button>
        <Button danger icon={<RollbackOutlined />} loading={deciding === 'reject'} disabled={Boolean(deciding)} onClick={() => void decide(false)} data-testid="review-reject">
          {t('studio.review.reject')}
        </Button>
      </div>
    </Form>
  );
}

/**
 * `/review` (审核): what waits for the signed-in reviewer, oldest first; opening one shows the version
 * under review with 通过 / 退回修改. A decided item leaves the list (M1).
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const narrow = Grid.useBreakpoint().md === false;
  const waiting = useWaiting();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<ReviewTask | null>(null);
  const [decided, setDecided] = useState<Set<string>>(new Set());
  const query = useReviewQueue(page);
  const queue = query.data?.reviewQueue;
  const items = (queue?.items ?? []).filter((task) => !decided.has(task.id));

  const onDecided = (id: string) => {
    setDecided((current) => new Set(current).add(id));
    setOpen(null);
  };

  const openButton = (task: ReviewTask) => (
    <Button type="primary" ghost size="small" icon={<AuditOutlined />} onClick={() => setOpen(task)} data-testid="review-open" aria-label={t('studio.review.openNamed', { title: task.resource.title })}>
      {t('studio.review.open')}
    </Button>
  );

  const columns: TableColumnsType<ReviewTask> = [
    {
      key: 'title',
      title: t('studio.columns.title'),
      render: (_, task) => (
        <button type="button" className="zyk-studio__link-button" onClick={() => setOpen(task)}>
          {task.resource.title}
        </button>
      ),
    },
    { key: 'type', title: t('studio.columns.type'), render: (_, task) => <Tag>{t(`studio.enums.type.${task.resource.type}`)}</Tag> },
    { key: 'level', title: t('studio.review.level'), render: (_, task) => <Tag color="processing">{task.level}</Tag> },
    { key: 'course', title: t('studio.columns.course'), responsive: ['lg'], render: (_, task) => task.resource.course?.name ?? task.resource.major.name },
    { key: 'by', title: t('studio.review.submitter'), render: (_, task) => task.submittedBy || '—' },
    {
      key: 'since',
      title: t('studio.review.waiting'),
      render: (_, task) => (
        <span title={formatDateTime(task.startedAt, language)} className="zyk-studio__nowrap">
          {waiting(task.startedAt)}
        </span>
      ),
    },
    { key: 'open', title: t('studio.columns.actions'), render: (_, task) => openButton(task) },
  ];

  const total = Math.max(0, (queue?.total ?? 0) - decided.size);
  const pagination = {
    current: page,
    pageSize: REVIEW_PAGE_SIZE,
    total: queue?.total ?? 0,
    showSizeChanger: false,
    onChange: setPage,
    size: 'small' as const,
  };

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="review-page">
      <Section title={t('studio.review.title')} subtitle={t('studio.review.subtitle', { count: total })}>
        {query.isError && !query.data ? (
          <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : narrow ? (
          <List<ReviewTask>
            className="zyk-studio__cards"
            loading={query.isFetching && !query.data}
            dataSource={items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studio.review.empty')} /> }}
            pagination={queue && queue.total > REVIEW_PAGE_SIZE ? { ...pagination, align: 'center' } : false}
            renderItem={(task) => (
              <List.Item key={task.id} className="zyk-studio__card" data-testid="review-row" data-title={task.resource.title} data-level={task.level}>
                <strong>{task.resource.title}</strong>
                <div className="zyk-studio__card-tags">
                  <Tag>{t(`studio.enums.type.${task.resource.type}`)}</Tag>
                  <Tag color="processing">{task.level}</Tag>
                </div>
                <div className="zyk-muted zyk-studio__small">
                  {[task.submittedBy, t('studio.review.waitingFor', { time: waiting(task.startedAt) })].filter(Boolean).join(' · ')}
                </div>
                {openButton(task)}
              </List.Item>
            )}
          />
        ) : (
          <Table<ReviewTask>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={query.isFetching && !query.data}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studio.review.empty')} /> }}
            onRow={(task) => ({ 'data-testid': 'review-row', 'data-title': task.resource.title, 'data-level': task.level }) as HTMLAttributes<HTMLElement>}
            pagination={queue && queue.total > REVIEW_PAGE_SIZE ? pagination : false}
          />
        )}
      </Section>
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(null)}
        width={narrow ? '100%' : 720}
        title={open ? t('studio.review.drawerTitle', { level: open.level }) : ''}
        destroyOnHidden
        data-testid="review-drawer"
        footer={open ? <ReviewDecision key={open.id} task={open} onDecided={onDecided} /> : null}
      >
        {open ? (
          <>
            <p className="zyk-muted zyk-studio__small">
              {t('studio.review.submittedLine', { name: open.submittedBy || '—', time: formatDateTime(open.startedAt, language) })}
            </p>
            <ReviewedVersion task={open} />
          </>
        ) : null}
      </Drawer>
    </div>
  );
}
