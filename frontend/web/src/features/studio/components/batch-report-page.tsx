import { EditOutlined, PlusCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Form, Grid, Input, List, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { ApiError } from '@/lib/graphql-client';
import { formatDateTime } from '@/lib/format-date';
import { useBatchCommit, useResourceBatch, type BatchItem, type ResourceBatch } from '../api/batches';
import { useFormOptions, type FormOptions } from '../api/form-options';
import {
  commitItems,
  effectiveValues,
  overrideFrom,
  parseOrigins,
  willCreate,
  type ItemOverride,
  type RowValues,
} from '../lib/batch-overrides';
import { RESOURCE_TYPES } from '../lib/choices';
import { StudioNav } from './studio-nav';
import '@/styles/studio.css';

const STATUS_COLORS = { READY: 'processing', FAILED: 'error', DUPLICATE: 'warning', CREATED: 'success' } as const;

/** Names of majors, courses, modules and points by id (the report carries ids). */
function useCatalogue(options: FormOptions | undefined) {
  return useMemo(() => {
    const names = { major: new Map<string, string>(), course: new Map<string, string>(), module: new Map<string, string>(), point: new Map<string, string>() };
    for (const major of options?.majors ?? []) {
      names.major.set(major.id, major.name);
      for (const course of major.courses) {
        names.course.set(course.id, course.name);
        for (const m of course.modules) names.module.set(m.id, m.name);
        for (const p of course.knowledgePoints) names.point.set(p.id, p.name);
      }
    }
    return names;
  }, [options]);
}

/** 批次 / 文件夹 / 文件名 / 清单 / 文件 / 命名规则 / 已修改: where a value came from. */
function Origin({ origin }: { origin: string | undefined }) {
  const { t } = useTranslation();
  if (!origin) return null;
  return (
    <Tag className={`zyk-studio__origin zyk-studio__origin--${origin}`} bordered={false} data-testid="origin" data-origin={origin}>
      {t(`studio.origins.${origin}`, { defaultValue: origin })}
    </Tag>
  );
}

function splitPath(path: string) {
  const parts = path.split('/');
  const name = parts.pop() ?? path;
  return { folders: parts.join('/'), name };
}

function PathCell({ path }: { path: string }) {
  const { folders, name } = splitPath(path);
  return (
    <div className="zyk-studio__path">
      {folders ? <div className="zyk-muted zyk-studio__small">{folders}/</div> : null}
      <strong>{name}</strong>
    </div>
  );
}

interface RowView {
  item: BatchItem;
  values: RowValues;
  origins: Record<string, string | undefined>;
  skipped: boolean;
  overridden: boolean;
}

/** The fields of one row: title, type, major → course → module → points (cascading). */
function RowForm({
  row,
  options,
  onSave,
  onCancel,
}: {
  row: RowView;
  options: FormOptions | undefined;
  onSave: (item: BatchItem, values: Partial<RowValues>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Partial<RowValues>>();
  const majorId = Form.useWatch('majorId', form);
  const courseId = Form.useWatch('courseId', form);
  const major = options?.majors.find((m) => m.id === majorId);
  const course = major?.courses.find((c) => c.id === courseId);
  const searchable = { showSearch: true, optionFilterProp: 'label' } as const;
  return (
    <Form<Partial<RowValues>> form={form} layout="vertical" initialValues={row.values} onFinish={(values) => onSave(row.item, values)}>
      <Form.Item name="title" label={t('studio.fields.title')} extra={t('studio.report.titleHint')}>
        <Input maxLength={200} data-testid="row-title" />
      </Form.Item>
      <Form.Item name="type" label={t('studio.fields.type')} extra={t('studio.report.typeHint')}>
        <Select options={RESOURCE_TYPES.map((v) => ({ value: v, label: t(`studio.enums.type.${v}`) }))} data-testid="row-type" />
      </Form.Item>
      <Form.Item name="majorId" label={t('studio.fields.major')}>
        <Select
          {...searchable}
          allowClear
          options={(options?.majors ?? []).map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))}
          onChange={() => form.setFieldsValue({ courseId: undefined, moduleId: undefined, knowledgePointIds: [] })}
          data-testid="row-major"
        />
      </Form.Item>
      <Form.Item name="courseId" label={t('studio.fields.course')}>
        <Select
          {...searchable}
          allowClear
          disabled={!major}
          options={(major?.courses ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={() => form.setFieldsValue({ moduleId: undefined, knowledgePointIds: [] })}
          data-testid="row-course"
        />
      </Form.Item>
      <Form.Item name="moduleId" label={t('studio.fields.module')}>
        <Select
          {...searchable}
          allowClear
          disabled={!course}
          options={(course?.modules ?? []).map((m) => ({ value: m.id, label: m.name }))}
          data-testid="row-module"
        />
      </Form.Item>
      <Form.Item name="knowledgePointIds" label={t('studio.fields.points')}>
        <Select
          {...searchable}
          mode="multiple"
          allowClear
          disabled={!course}
          options={(course?.knowledgePoints ?? []).map((p) => ({ value: p.id, label: p.name }))}
          data-testid="row-points"
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="row-save">
          {t('studio.report.apply')}
        </Button>
        <Button onClick={onCancel}>{t('studio.common.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** The drawer where one row is changed (full width on phones). */
function RowDrawer({
  row,
  options,
  onClose,
  onSave,
}: {
  row: RowView | null;
  options: FormOptions | undefined;
  onClose: () => void;
  onSave: (item: BatchItem, values: Partial<RowValues>) => void;
}) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <Drawer
      open={Boolean(row)}
      onClose={onClose}
      title={row ? t('studio.report.editTitle', { name: splitPath(row.item.path).name }) : ''}
      width={narrow ? '100%' : 520}
      destroyOnHidden
      data-testid="row-drawer"
    >
      {row ? <RowForm key={row.item.id} row={row} options={options} onSave={onSave} onCancel={onClose} /> : null}
    </Drawer>
  );
}

/**
 * `/my/resources/batches/:id`: the report of a batch upload — per file what was recognised (with where
 * each value came from), what failed and why, duplicates with a link; per-row changes and 跳过; then
 * 创建资源 (optionally 同时提交审核) → resourceBatchCommit. Created rows link their resource; failures
 * keep their message and can be changed and tried again.
 */
export function BatchReportPage({ id }: { id: string }) {
  const query = useResourceBatch(id);
  const { options } = useFormOptions();
  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(String(query.error.code))) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const batch = query.data?.resourceBatch;
  if (!batch) return <NotFoundView />;
  return <BatchReport batch={batch} options={options} />;
}

export function BatchReport({ batch, options }: { batch: ResourceBatch; options: FormOptions | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const names = useCatalogue(options);
  const [overrides, setOverrides] = useState<Record<string, ItemOverride | undefined>>({});
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [submit, setSubmit] = useState(true);
  const [editing, setEditing] = useState<RowView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = useBatchCommit();

  const rows: RowView[] = batch.items.map((item) => {
    const override = overrides[item.id];
    const origins = parseOrigins(item.recognised.origins);
    const changed = (key: keyof ItemOverride, origin: string | undefined) => (override && key in override ? 'override' : origin);
    return {
      item,
      values: effectiveValues(item, override),
      origins: {
        title: changed('title', origins.title),
        type: changed('type', origins.resource_type),
        majorId: changed('majorId', origins.major_id),
        courseId: changed('courseId', origins.course_id),
        moduleId: changed('moduleId', origins.module_id),
        knowledgePointIds: changed('knowledgePointIds', origins.knowledge_point_ids),
      },
      skipped: skipped.has(item.id),
      overridden: Boolean(override),
    };
  });
  const counts = batch.items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [item.status]: (acc[item.status] ?? 0) + 1 }), {});
  const toCreate = rows.filter((r) => willCreate(r.item, overrides[r.item.id], r.skipped)).length;

  const editable = (item: BatchItem) => item.status === 'READY' || (item.status === 'FAILED' && Boolean(item.file));

  const onSave = (item: BatchItem, values: Partial<RowValues>) => {
    setOverrides((current) => ({ ...current, [item.id]: overrideFrom(item, values) }));
    setEditing(null);
  };

  const onSkip = (item: BatchItem, on: boolean) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (on) next.add(item.id);
      else next.delete(item.id);
      return next;
    });

  const onCommit = async () => {
    setProblem(null);
    try {
      const payload = await commit.mutateAsync({ id: batch.id, items: commitItems(batch.items, overrides, skipped), submit });
      const after = payload.batch?.items ?? [];
      const created = after.filter((i) => i.status === 'CREATED' && !batch.items.find((b) => b.id === i.id && b.status === 'CREATED')).length;
      const failed = after.filter((i) => i.status === 'FAILED').length;
      // Changes to rows that are now created are done with.
      setOverrides((current) => Object.fromEntries(Object.entries(current).filter(([key]) => after.find((i) => i.id === key)?.status !== 'CREATED')));
      if (failed) void message.warning(t('studio.report.committedSome', { created, failed }));
      else void message.success(t('studio.report.committed', { count: created }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };

  const named = (map: Map<string, string>, key: string | undefined) => (key ? (map.get(key) ?? `#${key}`) : null);
  const value = (text: ReactNode, origin: string | undefined, testId: string) =>
    text ? (
      <span className="zyk-studio__value" data-testid={testId}>
        {text} <Origin origin={origin} />
      </span>
    ) : (
      <span className="zyk-muted">—</span>
    );

  const statusCell = (row: RowView) => (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[row.item.status]} data-testid="item-status" data-status={row.item.status}>
        {t(`studio.report.status.${row.item.status}`)}
      </Tag>
      {row.skipped ? <Tag>{t('studio.report.skipped')}</Tag> : null}
      {row.overridden && row.item.status !== 'CREATED' ? <Tag color="purple">{t('studio.report.changed')}</Tag> : null}
    </Space>
  );

  const noteCell = (row: RowView) => (
    <div className="zyk-studio__note-cell">
      {row.item.message ? (
        <div className={row.item.status === 'FAILED' ? 'zyk-studio__result-message' : 'zyk-muted'} data-testid="item-message">
          {row.item.message}
        </div>
      ) : null}
      {row.item.duplicateOf ? (
        <Link to={`/resources/${row.item.duplicateOf.id}`} data-testid="item-duplicate">
          {t('studio.report.duplicateOf', { title: row.item.duplicateOf.title })}
        </Link>
      ) : null}
      {row.item.resource ? (
        <Link to={`/my/resources/${row.item.resource.id}/edit`} data-testid="item-resource">
          {t('studio.report.openCreated', { title: row.item.resource.title })}
        </Link>
      ) : null}
    </div>
  );

  const editButton = (row: RowView) =>
    editable(row.item) ? (
      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid="row-edit" aria-label={t('studio.report.editRow', { path: row.item.path })}>
        {t('studio.report.edit')}
      </Button>
    ) : null;

  const skipBox = (row: RowView) =>
    row.item.status === 'READY' ? (
      <Checkbox checked={row.skipped} onChange={(e) => onSkip(row.item, e.target.checked)} data-testid="row-skip" aria-label={t('studio.report.skipRow', { path: row.item.path })}>
        {narrow ? t('studio.report.skip') : null}
      </Checkbox>
    ) : null;

  const typeValue = (row: RowView) =>
    value(row.values.type ? t(`studio.enums.type.${row.values.type}`) : null, row.origins.type, 'item-type');
  const pointsValue = (row: RowView) =>
    value(
      row.values.knowledgePointIds?.length ? row.values.knowledgePointIds.map((p) => named(names.point, p)).join('、') : null,
      row.origins.knowledgePointIds,
      'item-points',
    );

  const columns: TableColumnsType<RowView> = [
    { key: 'skip', title: t('studio.report.skip'), width: 56, align: 'center', render: (_, row) => skipBox(row) },
    {
      key: 'path',
      title: t('studio.report.columns.path'),
      render: (_, row) => (
        <div className="zyk-studio__stack">
          <PathCell path={row.item.path} />
          {noteCell(row)}
        </div>
      ),
    },
    { key: 'status', title: t('studio.report.columns.status'), render: (_, row) => statusCell(row) },
    {
      key: 'title',
      title: t('studio.report.columns.titleType'),
      render: (_, row) => (
        <div className="zyk-studio__stack zyk-studio__stack--wide">
          {value(row.values.title, row.origins.title, 'item-title')}
          <div>{typeValue(row)}</div>
        </div>
      ),
    },
    {
      key: 'course',
      title: t('studio.report.columns.placement'),
      render: (_, row) => (
        <div className="zyk-studio__stack">
          {value(
            named(names.course, row.values.courseId) ?? named(names.major, row.values.majorId),
            row.values.courseId ? row.origins.courseId : row.origins.majorId,
            'item-course',
          )}
          {row.values.moduleId ? value(named(names.module, row.values.moduleId), row.origins.moduleId, 'item-module') : null}
          {row.values.knowledgePointIds?.length ? pointsValue(row) : null}
        </div>
      ),
    },
    { key: 'actions', title: t('studio.columns.actions'), render: (_, row) => editButton(row) },
  ];

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="batch-report-page" data-batch-id={batch.id}>
      <StudioNav />
      <Section
        title={t('studio.report.title')}
        subtitle={t('studio.report.subtitle', { time: formatDateTime(batch.createdAt, language), count: batch.items.length })}
        extra={
          <Link to="/my/resources/upload?mode=batch" className="zyk-studio__btn-link zyk-studio__btn-link--default">
            <PlusCircleOutlined /> {t('studio.report.another')}
          </Link>
        }
      >
        <div className="zyk-studio__report-counts" data-testid="report-counts">
          {(['READY', 'FAILED', 'DUPLICATE', 'CREATED'] as const).map((status) => (
            <Tag key={status} color={STATUS_COLORS[status]} data-testid={`count-${status}`}>
              {t(`studio.report.status.${status}`)} {counts[status] ?? 0}
            </Tag>
          ))}
        </div>
        {narrow ? (
          <List<RowView>
            className="zyk-studio__cards"
            dataSource={rows}
            data-testid="report-list"
            renderItem={(row) => (
              <List.Item key={row.item.id} className="zyk-studio__card" data-testid="report-row" data-path={row.item.path} data-status={row.item.status}>
                <div className="zyk-studio__card-head">
                  <PathCell path={row.item.path} />
                </div>
                {statusCell(row)}
                <dl className="zyk-studio__facts">
                  <dt>{t('studio.report.columns.title')}</dt>
                  <dd>{value(row.values.title, row.origins.title, 'item-title')}</dd>
                  <dt>{t('studio.report.columns.type')}</dt>
                  <dd>{typeValue(row)}</dd>
                  <dt>{t('studio.report.columns.course')}</dt>
                  <dd>{value(named(names.course, row.values.courseId), row.origins.courseId, 'item-course')}</dd>
                  <dt>{t('studio.fields.module')}</dt>
                  <dd>{value(named(names.module, row.values.moduleId), row.origins.moduleId, 'item-module')}</dd>
                  <dt>{t('studio.report.columns.points')}</dt>
                  <dd>{pointsValue(row)}</dd>
                </dl>
                {noteCell(row)}
                <div className="zyk-studio__row-buttons">
                  {skipBox(row)}
                  {editButton(row)}
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<RowView>
            rowKey={(row) => row.item.id}
            size="middle"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowClassName={(row) => (row.skipped ? 'zyk-studio__row--skipped' : '')}
            onRow={(row) => ({ 'data-testid': 'report-row', 'data-path': row.item.path, 'data-status': row.item.status }) as HTMLAttributes<HTMLElement>}
            data-testid="report-table"
          />
        )}
        {problem ? <Alert type="error" showIcon role="alert" message={problem} className="zyk-studio__note" data-testid="commit-problem" /> : null}
        <div className="zyk-studio__actions zyk-studio__actions--sticky">
          <Checkbox checked={submit} onChange={(e) => setSubmit(e.target.checked)} data-testid="commit-submit">
            {t('studio.report.alsoSubmit')}
          </Checkbox>
          <Button type="primary" disabled={!toCreate} loading={commit.isPending} onClick={() => void onCommit()} data-testid="commit">
            {t('studio.report.commit', { count: toCreate })}
          </Button>
          {batch.status === 'COMMITTED' ? <span className="zyk-muted zyk-studio__small">{t('studio.report.allDone')}</span> : null}
          <Link to="/my/resources">{t('studio.nav.mine')}</Link>
        </div>
      </Section>
      <RowDrawer row={editing} options={options} onClose={() => setEditing(null)} onSave={onSave} />
    </div>
  );
}

