import { ClockCircleOutlined, EditOutlined, MailOutlined, PlusOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Button, Empty, Grid, Progress, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useManageContext } from '@/components/manage/manage-context';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { useConstructionBoard, type BoardRow, type BoardTask } from '../api/get-construction-board';
import { organisationAbilities, type Abilities } from '../utils/abilities';
import { AssignTaskDialog, CreateOrganisationDialog, InviteDialog, ReportProgressDialog, type OrganisationRef } from './organisation-dialogs';

const percent = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100);

function formatDate(value: string, language: string) {
  const date = new Date(`${value}T00:00:00`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** Phones: each task as a small block (a table would need sideways scrolling). */
function TaskList({ tasks, canReport, onReport }: { tasks: readonly BoardTask[]; canReport: boolean; onReport: (task: BoardTask) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <ul className="zyk-manage__task-list">
      {tasks.map((task) => (
        <li key={task.id} aria-label={task.title} data-testid="board-task">
          <div className="zyk-manage__task-head">
            <span>{task.title}</span>
            <span className="zyk-muted zyk-manage__small">{t(`manage.organisations.taskKinds.${task.kind}`)}</span>
          </div>
          <Progress percent={percent(task.progress)} size="small" status={task.overdue ? 'exception' : task.progress >= 1 ? 'success' : 'active'} />
          <div className="zyk-manage__task-foot">
            <span className="zyk-manage__small">
              {t('manage.organisations.doneOfTarget', { done: task.doneCount, target: task.targetCount })} · {t('manage.organisations.columns.due')}{' '}
              {formatDate(task.dueDate, language)}
              {task.overdue ? (
                <Tag color="error" className="zyk-manage__tag-gap" data-testid="task-overdue">
                  {t('manage.organisations.overdue')}
                </Tag>
              ) : null}
            </span>
            {canReport ? (
              <Button size="small" icon={<EditOutlined />} onClick={() => onReport(task)} data-testid="task-report-open">
                {t('manage.organisations.report.open')}
              </Button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function TaskTable({ tasks, canReport, onReport }: { tasks: readonly BoardTask[]; canReport: boolean; onReport: (task: BoardTask) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const screens = Grid.useBreakpoint();
  if (screens.md === false) return <TaskList tasks={tasks} canReport={canReport} onReport={onReport} />;
  const columns: TableColumnsType<BoardTask> = [
    {
      key: 'title',
      title: t('manage.organisations.columns.task'),
      render: (_, task) => (
        <>
          <div>{task.title}</div>
          <div className="zyk-muted zyk-manage__small">{t(`manage.organisations.taskKinds.${task.kind}`)}</div>
        </>
      ),
    },
    {
      key: 'progress',
      title: t('manage.organisations.columns.progress'),
      width: 200,
      render: (_, task) => (
        <div className="zyk-manage__task-progress">
          <Progress percent={percent(task.progress)} size="small" status={task.overdue ? 'exception' : task.progress >= 1 ? 'success' : 'active'} />
          <span className="zyk-muted zyk-manage__small">
            {t('manage.organisations.doneOfTarget', { done: task.doneCount, target: task.targetCount })}
          </span>
        </div>
      ),
    },
    {
      key: 'due',
      title: t('manage.organisations.columns.due'),
      render: (_, task) => (
        <span className="zyk-manage__nowrap">
          {formatDate(task.dueDate, language)}
          {task.overdue ? (
            <Tag color="error" className="zyk-manage__tag-gap" data-testid="task-overdue">
              {t('manage.organisations.overdue')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    ...(canReport
      ? [
          {
            key: 'actions',
            title: t('manage.common.actions'),
            render: (_: unknown, task: BoardTask) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => onReport(task)} data-testid="task-report-open">
                {t('manage.organisations.report.open')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return <Table<BoardTask> rowKey="id" size="small" columns={columns} dataSource={[...tasks]} pagination={false} scroll={{ x: 'max-content' }} />;
}

function BoardCard({
  row,
  abilities,
  parentName,
  onCreate,
  onInvite,
  onAssign,
  onReport,
}: {
  row: BoardRow;
  abilities: Abilities;
  parentName?: string;
  onCreate: (o: OrganisationRef) => void;
  onInvite: (o: OrganisationRef) => void;
  onAssign: (o: OrganisationRef) => void;
  onReport: (task: BoardTask) => void;
}) {
  const { t } = useTranslation();
  const { organisation } = row;
  const ref = { id: organisation.id, name: organisation.name };
  return (
    <article className="zyk-manage__board-card" data-testid="board-card" data-organisation={organisation.name}>
      <header className="zyk-manage__board-head">
        <div className="zyk-manage__board-title">
          <h3>{organisation.name}</h3>
          <div className="zyk-manage__board-tags">
            <Tag color={organisation.role === 'HOST' ? 'blue' : 'default'}>{t(`manage.roles.libraryRoles.${organisation.role}`)}</Tag>
            <Tag>{t(`manage.kinds.${organisation.kind}`)}</Tag>
            {parentName ? <span className="zyk-muted zyk-manage__small">{t('manage.organisations.under', { name: parentName })}</span> : null}
          </div>
        </div>
        <div className="zyk-manage__board-actions">
          {abilities.invite ? (
            <Button size="small" icon={<MailOutlined />} onClick={() => onInvite(ref)} data-testid="board-invite">
              {t('manage.organisations.invite.open')}
            </Button>
          ) : null}
          {abilities.create ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => onCreate(ref)} data-testid="board-create">
              {t('manage.organisations.create.open')}
            </Button>
          ) : null}
          {abilities.assign ? (
            <Button size="small" type="primary" ghost icon={<ScheduleOutlined />} onClick={() => onAssign(ref)} data-testid="board-assign">
              {t('manage.organisations.assign.open')}
            </Button>
          ) : null}
        </div>
      </header>
      <div className="zyk-manage__board-summary">
        <Progress
          percent={percent(row.progress)}
          status={row.overdueCount ? 'exception' : row.tasks.length && row.progress >= 1 ? 'success' : 'normal'}
          aria-label={t('manage.organisations.columns.progress')}
        />
        <span className="zyk-manage__small">
          {row.tasks.length
            ? t('manage.organisations.totals', { count: row.tasks.length, done: row.doneTotal, target: row.targetTotal })
            : t('manage.organisations.noTasks')}
        </span>
        {row.overdueCount ? (
          <Tag color="error" icon={<ClockCircleOutlined />} data-testid="board-overdue">
            {t('manage.organisations.overdueCount', { count: row.overdueCount })}
          </Tag>
        ) : null}
      </div>
      {row.tasks.length ? <TaskTable tasks={row.tasks} canReport={abilities.report} onReport={onReport} /> : null}
    </article>
  );
}

/**
 * `/manage/organisations`: the construction board (O1) — every organisation I administer with its
 * tasks, progress and overdue work; hosts invite members and assign tasks, members report progress.
 */
export function ConstructionBoard() {
  const { t } = useTranslation();
  const { me } = useManageContext();
  const query = useConstructionBoard();
  const rows = useMemo(() => query.data?.constructionBoard ?? [], [query.data]);
  const abilities = useMemo(() => organisationAbilities(me, rows.map((row) => row.organisation)), [me, rows]);
  const names = useMemo(() => new Map(rows.map((row) => [row.organisation.id, row.organisation.name])), [rows]);
  const [creating, setCreating] = useState<OrganisationRef | null>(null);
  const [inviting, setInviting] = useState<OrganisationRef | null>(null);
  const [assigning, setAssigning] = useState<OrganisationRef | null>(null);
  const [reporting, setReporting] = useState<BoardTask | null>(null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError && !query.data) return <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const tasks = rows.flatMap((row) => row.tasks);
  const target = tasks.reduce((sum, task) => sum + task.targetCount, 0);
  const capped = tasks.reduce((sum, task) => sum + Math.min(task.doneCount, task.targetCount), 0);
  const overdue = rows.reduce((sum, row) => sum + row.overdueCount, 0);

  return (
    <Section
      title={t('manage.organisations.title')}
      subtitle={t('manage.organisations.subtitle')}
      extra={
        me.platformRole === 'SYSTEM_ADMIN' ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating({ id: '', name: t('manage.organisations.create.topLevel') })} data-testid="board-create-top">
            {t('manage.organisations.create.openTop')}
          </Button>
        ) : null
      }
    >
      <dl className="zyk-manage__stats" data-testid="board-stats">
        <div>
          <dt>{t('manage.organisations.stats.organisations')}</dt>
          <dd>{rows.length}</dd>
        </div>
        <div>
          <dt>{t('manage.organisations.stats.tasks')}</dt>
          <dd>{tasks.length}</dd>
        </div>
        <div>
          <dt>{t('manage.organisations.stats.progress')}</dt>
          <dd>{target ? `${percent(capped / target)}%` : '—'}</dd>
        </div>
        <div className={overdue ? 'zyk-manage__stat--alert' : undefined}>
          <dt>{t('manage.organisations.stats.overdue')}</dt>
          <dd>{overdue}</dd>
        </div>
      </dl>
      {rows.length ? (
        <div className="zyk-manage__board" data-testid="construction-board">
          {rows.map((row) => (
            <BoardCard
              key={row.organisation.id}
              row={row}
              abilities={abilities.get(row.organisation.id) ?? { create: false, invite: false, assign: false, report: false }}
              parentName={row.organisation.parentId ? names.get(row.organisation.parentId) : undefined}
              onCreate={setCreating}
              onInvite={setInviting}
              onAssign={setAssigning}
              onReport={setReporting}
            />
          ))}
        </div>
      ) : (
        <Empty description={t('manage.common.noOrganisations')} />
      )}
      <CreateOrganisationDialog parent={creating} onClose={() => setCreating(null)} />
      <InviteDialog host={inviting} onClose={() => setInviting(null)} />
      <AssignTaskDialog organisation={assigning} onClose={() => setAssigning(null)} />
      <ReportProgressDialog task={reporting} onClose={() => setReporting(null)} />
    </Section>
  );
}
