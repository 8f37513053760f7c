import { DeleteFilled, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Grid, Input, List, Table, Tag, type TableColumnsType, type ButtonProps } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import type { Me } from '@/hooks/use-me';
import { formatDateTime } from '@/lib/format-date';
import {
  MY_RESOURCES_PAGE_SIZE,
  useMyResources,
  useResourcesPurge,
  useResourcesRestore,
  type BatchResult,
  type StudioResource,
} from '../api/my-resources';
import { canPurge } from '../lib/permissions';
import { BatchResultsModal, type BatchOutcome } from './batch-results';
import { Placement } from './my-resources-page';
import { StudioNav } from './studio-nav';
import '@/styles/studio.css';

type Tool = 'restore' | 'purge';

/** `/my/resources/recycle-bin`: deleted resources, 恢复 for their managers, 彻底删除 for administrators. */
export function RecycleBinPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message, modal } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, StudioResource>>(new Map());
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const [busy, setBusy] = useState<Tool | null>(null);
  const query = useMyResources({ query: search, status: 'ALL', deleted: true, page });
  const restore = useResourcesRestore();
  const purge = useResourcesPurge();
  const purger = canPurge(me);
  const list = query.data?.myResources;
  const items = list?.items ?? [];
  const ids = [...selected.keys()];

  const select = (resources: StudioResource[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const r of resources) {
        if (on) next.set(r.id, r);
        else next.delete(r.id);
      }
      return next;
    });

  const run = async (tool: Tool, chosen: StudioResource[], action: (ids: string[]) => Promise<{ results: BatchResult[] }>) => {
    setBusy(tool);
    try {
      const payload = await action(chosen.map((r) => r.id));
      setOutcome({ action: tool, results: payload.results, titles: Object.fromEntries(chosen.map((r) => [r.id, r.title])) });
      const done = new Set(payload.results.filter((r) => r.ok).map((r) => r.id));
      setSelected((current) => new Map([...current].filter(([id]) => !done.has(id))));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setBusy(null);
    }
  };

  const onRestore = (chosen: StudioResource[]) => void run('restore', chosen, (list) => restore.mutateAsync({ ids: list }));
  const onPurge = (chosen: StudioResource[]) =>
    modal.confirm({
      title: t('studio.bin.confirmPurgeTitle', { count: chosen.length }),
      content: t('studio.bin.confirmPurgeText'),
      okText: t('studio.tools.purge'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-purge' } as ButtonProps,
      cancelText: t('studio.common.cancel'),
      onOk: () => run('purge', chosen, (list) => purge.mutateAsync({ ids: list })),
    });

  const rowButtons = (resource: StudioResource) => (
    <div className="zyk-studio__row-buttons">
      <Button size="small" icon={<RollbackOutlined />} onClick={() => onRestore([resource])} data-testid="row-restore">
        {t('studio.tools.restore')}
      </Button>
      {purger ? (
        <Button size="small" danger icon={<DeleteFilled />} onClick={() => onPurge([resource])} data-testid="row-purge">
          {t('studio.tools.purge')}
        </Button>
      ) : null}
    </div>
  );

  const columns: TableColumnsType<StudioResource> = [
    {
      key: 'title',
      title: t('studio.columns.title'),
      render: (_, r) => (
        <>
          <strong>{r.title}</strong>
          {r.file ? <div className="zyk-muted zyk-studio__small zyk-studio__filename">{r.file.filename}</div> : null}
        </>
      ),
    },
    { key: 'type', title: t('studio.columns.type'), render: (_, r) => <Tag>{t(`studio.enums.type.${r.type}`)}</Tag> },
    { key: 'course', title: t('studio.columns.course'), responsive: ['lg'], render: (_, r) => <Placement resource={r} /> },
    {
      key: 'deleted',
      title: t('studio.columns.deleted'),
      render: (_, r) => <span className="zyk-studio__nowrap">{formatDateTime(r.deletedAt, language)}</span>,
    },
    { key: 'actions', title: t('studio.columns.actions'), render: (_, r) => rowButtons(r) },
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
  const chosen = [...selected.values()];

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="recycle-bin-page">
      <StudioNav />
      <Section title={t('studio.bin.title')} subtitle={purger ? t('studio.bin.subtitleAdmin') : t('studio.bin.subtitle')}>
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
          />
        </div>
        <div className="zyk-studio__toolbar" role="toolbar" aria-label={t('studio.tools.label')}>
          <span className="zyk-studio__selected">{t('studio.tools.selected', { count: ids.length })}</span>
          <Button icon={<RollbackOutlined />} disabled={!ids.length} loading={busy === 'restore'} onClick={() => onRestore(chosen)} data-testid="tool-restore">
            {t('studio.tools.restore')}
          </Button>
          {purger ? (
            <Button danger icon={<DeleteFilled />} disabled={!ids.length} loading={busy === 'purge'} onClick={() => onPurge(chosen)} data-testid="tool-purge">
              {t('studio.tools.purge')}
            </Button>
          ) : null}
        </div>
        {query.isError && !query.data ? (
          <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : narrow ? (
          <List<StudioResource>
            className="zyk-studio__cards"
            loading={query.isFetching}
            dataSource={items}
            locale={{ emptyText: t('studio.bin.empty') }}
            pagination={list && list.total > MY_RESOURCES_PAGE_SIZE ? { ...pagination, align: 'center', showTotal: undefined } : false}
            renderItem={(resource) => (
              <List.Item key={resource.id} className="zyk-studio__card" data-testid="bin-row" data-id={resource.id}>
                <div className="zyk-studio__card-head">
                  <Checkbox
                    checked={selected.has(resource.id)}
                    onChange={(event) => select([resource], event.target.checked)}
                    aria-label={t('studio.tools.selectOne', { title: resource.title })}
                  />
                  <strong>{resource.title}</strong>
                </div>
                <div className="zyk-muted zyk-studio__small">
                  {t(`studio.enums.type.${resource.type}`)} · {t('studio.bin.deletedAt', { time: formatDateTime(resource.deletedAt, language) })}
                </div>
                {rowButtons(resource)}
              </List.Item>
            )}
          />
        ) : (
          <Table<StudioResource>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={query.isFetching}
            locale={{ emptyText: t('studio.bin.empty') }}
            onRow={(r) => ({ 'data-testid': 'bin-row', 'data-id': r.id }) as HTMLAttributes<HTMLElement>}
            rowSelection={{
              selectedRowKeys: ids,
              preserveSelectedRowKeys: true,
              onSelect: (record, on) => select([record], on),
              onSelectAll: (on, _rows, changed) => select(changed, on),
            }}
            pagination={pagination}
          />
        )}
      </Section>
      <BatchResultsModal outcome={outcome} onClose={() => setOutcome(null)} />
    </div>
  );
}
