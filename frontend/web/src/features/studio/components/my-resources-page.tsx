import {
  CloudDownloadOutlined,
  CloudUploadOutlined,
  DeleteOutlined,
  EditOutlined,
  EyeOutlined,
  SendOutlined,
  SyncOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { MyResourceStatus } from '@zyk/shared';
import { App, Button, Checkbox, Grid, Input, List, Select, Space, Table, Tag, type TableColumnsType, type ButtonProps } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { downloadZip } from '../api/download-zip';
import { anyConverting } from '../lib/media';
import { useFormOptions } from '../api/form-options';
import {
  MY_RESOURCES_PAGE_SIZE,
  useMyResources,
  useResourcesDelete,
  useResourcesReconvert,
  useResourcesSubmit,
  useResourcesUpdate,
  type BatchResult,
  type StudioResource,
} from '../api/my-resources';
import { BatchResultsModal, type BatchOutcome } from './batch-results';
import { BulkEditModal } from './bulk-edit-modal';
import { MediaStatusTag } from './media-status';
import { ResourceStatusTag, ReviewComment } from './resource-status';
import { StudioNav } from './studio-nav';
import '@/styles/studio.css';

const STATUSES: MyResourceStatus[] = ['ALL', 'DRAFT', 'LIVE', 'CHANGED'];

type Tool = 'submit' | 'update' | 'delete' | 'reconvert';

/** Major › course › module of a resource, as short as it gets. */
export function Placement({ resource }: { resource: StudioResource }) {
  return (
    <div className="zyk-studio__placement">
      <div>{resource.course?.name ?? resource.major.name}</div>
      {resource.module ? <div className="zyk-muted zyk-studio__small">{resource.module.name}</div> : null}
    </div>
  );
}

/** Title (to its editor), and its file name or kind under it. */
function TitleCell({ resource }: { resource: StudioResource }) {
  return (
    <div className="zyk-studio__title-cell">
      {resource.canEdit ? (
        <Link to={`/my/resources/${resource.id}/edit`} className="zyk-studio__title-link" data-testid="resource-title">
          {resource.title}
        </Link>
      ) : (
        <strong data-testid="resource-title">{resource.title}</strong>
      )}
      {resource.file ? <div className="zyk-muted zyk-studio__small zyk-studio__filename">{resource.file.filename}</div> : null}
    </div>
  );
}

function RowActions({ resource }: { resource: StudioResource }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {resource.canEdit ? (
        <Link to={`/my/resources/${resource.id}/edit`} aria-label={t('studio.actions.editNamed', { title: resource.title })}>
          <EditOutlined /> {t('studio.actions.edit')}
        </Link>
      ) : null}
      {resource.status === 'PUBLISHED' || resource.publishedAt ? (
        <Link to={`/resources/${resource.id}`} aria-label={t('studio.actions.viewNamed', { title: resource.title })}>
          <EyeOutlined /> {t('studio.actions.view')}
        </Link>
      ) : null}
    </Space>
  );
}

/**
 * `/my/resources` (我的资源): what the person uploaded or edits for their institutions, with status,
 * search and filter, and batch tools on the selected rows — 提交审核, 批量修改属性, 打包下载, 重新转换,
 * 删除 (to the recycle bin). Each tool reports one outcome per resource (M3).
 */
export function MyResourcesPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<MyResourceStatus>('ALL');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, StudioResource>>(new Map());
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<Tool | null>(null);
  const query = useMyResources({ query: search, status, page });
  const { options } = useFormOptions();
  const submit = useResourcesSubmit();
  const update = useResourcesUpdate();
  const remove = useResourcesDelete();
  const reconvert = useResourcesReconvert();
  const list = query.data?.myResources;
  const items = list?.items ?? [];
  const ids = [...selected.keys()];
  // While files convert the list asks again every few seconds: no spinner over the rows for that.
  const loading = query.isFetching && !anyConverting(items);

  const select = (resources: StudioResource[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const r of resources) {
        if (on) next.set(r.id, r);
        else next.delete(r.id);
      }
      return next;
    });

  const run = async (tool: Tool, action: () => Promise<{ results: BatchResult[] }>) => {
    setBusy(tool);
    const titles = Object.fromEntries([...selected.values()].map((r) => [r.id, r.title]));
    try {
      const payload = await action();
      setOutcome({ action: tool, results: payload.results, titles });
      // What was done is no longer selected; what was refused stays, to try again.
      const done = new Set(payload.results.filter((r) => r.ok).map((r) => r.id));
      setSelected((current) => new Map([...current].filter(([id]) => !done.has(id))));
      return true;
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const onDelete = () =>
    modal.confirm({
      title: t('studio.tools.confirmDeleteTitle', { count: ids.length }),
      content: t('studio.tools.confirmDeleteText'),
      okText: t('studio.tools.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' } as ButtonProps,
      cancelText: t('studio.common.cancel'),
      onOk: () => run('delete', () => remove.mutateAsync({ ids })),
    });

  const onDownload = () => {
    const withFiles = [...selected.values()].filter((r) => r.file).map((r) => r.id);
    if (!withFiles.length) {
      void message.warning(t('studio.tools.nothingToDownload'));
      return;
    }
    if (withFiles.length < ids.length) void message.info(t('studio.tools.downloadSome', { count: withFiles.length }));
    downloadZip(withFiles, (text) => void message.error(text));
  };

  const columns: TableColumnsType<StudioResource> = [
    { key: 'title', title: t('studio.columns.title'), render: (_, r) => <TitleCell resource={r} /> },
    {
      key: 'type',
      title: t('studio.columns.type'),
      width: 96,
      render: (_, r) => <Tag className="zyk-studio__type">{t(`studio.enums.type.${r.type}`)}</Tag>,
    },
    { key: 'course', title: t('studio.columns.course'), responsive: ['lg'], render: (_, r) => <Placement resource={r} /> },
    {
      key: 'status',
      title: t('studio.columns.status'),
      render: (_, r) => (
        <>
          <ResourceStatusTag resource={r} />
          <MediaStatusTag resource={r} />
          <ReviewComment resource={r} />
        </>
      ),
    },
    {
      key: 'updated',
      title: t('studio.columns.updated'),
      width: 130,
      render: (_, r) => <span className="zyk-studio__small">{formatDateTime(r.updatedAt, language)}</span>,
    },
    { key: 'actions', title: t('studio.columns.actions'), render: (_, r) => <RowActions resource={r} /> },
  ];

  const pagination = {
    current: page,
    pageSize: MY_RESOURCES_PAGE_SIZE,
    total: list?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => t('studio.common.total', { count: total }),
    onChange: setPage,
    size: 'small' as const,
  };
  const empty = search || status !== 'ALL' ? t('studio.mine.noMatch') : t('studio.mine.empty');

  const toolbar = (
    <div className="zyk-studio__toolbar" role="toolbar" aria-label={t('studio.tools.label')} data-testid="batch-toolbar">
      <span className="zyk-studio__selected" data-testid="selected-count">
        {t('studio.tools.selected', { count: ids.length })}
      </span>
      <Button
        icon={<SendOutlined />}
        disabled={!ids.length}
        loading={busy === 'submit'}
        onClick={() => void run('submit', () => submit.mutateAsync({ ids }))}
        data-testid="tool-submit"
      >
        {t('studio.tools.submit')}
      </Button>
      <Button icon={<UnorderedListOutlined />} disabled={!ids.length} onClick={() => setEditing(true)} data-testid="tool-update">
        {t('studio.tools.update')}
      </Button>
      <Button icon={<CloudDownloadOutlined />} disabled={!ids.length} onClick={onDownload} data-testid="tool-download">
        {t('studio.tools.download')}
      </Button>
      <Button
        icon={<SyncOutlined />}
        disabled={!ids.length}
        loading={busy === 'reconvert'}
        onClick={() => void run('reconvert', () => reconvert.mutateAsync({ ids }))}
        data-testid="tool-reconvert"
      >
        {t('studio.tools.reconvert')}
      </Button>
      <Button danger icon={<DeleteOutlined />} disabled={!ids.length} loading={busy === 'delete'} onClick={onDelete} data-testid="tool-delete">
        {t('studio.tools.delete')}
      </Button>
      {ids.length ? (
        <Button type="link" onClick={() => setSelected(new Map())}>
          {t('studio.tools.clearSelection')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="my-resources-page">
      <StudioNav />
      <Section
        title={t('studio.mine.title')}
        subtitle={t('studio.mine.subtitle')}
        extra={
          <Link to="/my/resources/upload" className="zyk-studio__btn-link" data-testid="go-upload">
            <CloudUploadOutlined /> {t('studio.nav.upload')}
          </Link>
        }
      >
        <div className="zyk-studio__filters">
          <Input.Search
            allowClear
            className="zyk-studio__search"
            placeholder={t('studio.mine.searchPlaceholder')}
            aria-label={t('studio.mine.searchPlaceholder')}
            enterButton={t('studio.common.search')}
            onSearch={(value) => {
              setSearch(value.trim());
              setPage(1);
            }}
            data-testid="mine-search"
          />
          <Select<MyResourceStatus>
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`studio.mine.filter.${s}`) }))}
            aria-label={t('studio.mine.filterLabel')}
            className="zyk-studio__status-filter"
            data-testid="mine-status"
          />
        </div>
        {toolbar}
        {query.isError && !query.data ? (
          <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : narrow ? (
          <List<StudioResource>
            className="zyk-studio__cards"
            loading={loading}
            dataSource={items}
            locale={{ emptyText: empty }}
            pagination={list && list.total > MY_RESOURCES_PAGE_SIZE ? { ...pagination, align: 'center', showTotal: undefined } : false}
            data-testid="mine-list"
            renderItem={(resource) => (
              <List.Item key={resource.id} className="zyk-studio__card" data-testid="resource-row" data-id={resource.id} data-title={resource.title}>
                <div className="zyk-studio__card-head">
                  <Checkbox
                    checked={selected.has(resource.id)}
                    onChange={(event) => select([resource], event.target.checked)}
                    aria-label={t('studio.tools.selectOne', { title: resource.title })}
                  />
                  <TitleCell resource={resource} />
                </div>
                <div className="zyk-studio__card-tags">
                  <Tag>{t(`studio.enums.type.${resource.type}`)}</Tag>
                  <ResourceStatusTag resource={resource} />
                </div>
                <MediaStatusTag resource={resource} />
                <ReviewComment resource={resource} />
                <div className="zyk-muted zyk-studio__small">
                  {[resource.course?.name ?? resource.major.name, resource.module?.name, formatDateTime(resource.updatedAt, language)]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <RowActions resource={resource} />
              </List.Item>
            )}
          />
        ) : (
          <Table<StudioResource>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={loading}
            data-testid="mine-table"
            locale={{ emptyText: empty }}
            onRow={(r) => ({ 'data-testid': 'resource-row', 'data-id': r.id, 'data-title': r.title }) as HTMLAttributes<HTMLElement>}
            rowSelection={{
              selectedRowKeys: ids,
              preserveSelectedRowKeys: true,
              onSelect: (record, on) => select([record], on),
              onSelectAll: (on, _rows, changed) => select(changed, on),
              getCheckboxProps: (r) => ({ 'aria-label': t('studio.tools.selectOne', { title: r.title }) }) as object,
            }}
            pagination={pagination}
          />
        )}
      </Section>
      <BulkEditModal
        open={editing}
        count={ids.length}
        options={options}
        busy={busy === 'update'}
        onCancel={() => setEditing(false)}
        onApply={(input) =>
          void run('update', () => update.mutateAsync({ ids, input })).then((ok) => {
            if (ok) setEditing(false);
          })
        }
      />
      <BatchResultsModal outcome={outcome} onClose={() => setOutcome(null)} />
    </div>
  );
}
