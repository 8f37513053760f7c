import { Alert, Breadcrumb, Checkbox, Segmented, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import { QUESTION_TYPES } from '@/lib/question-types';
import { useQuestionCoverage, type CoverageRow } from '../api/question-coverage';
import './coverage-matrix.css';

const DIFFICULTIES = [1, 2, 3, 4, 5];

type View = 'type' | 'difficulty';

/** Count of a row's cells matching `match` (cells are per type × difficulty). */
function countOf(row: CoverageRow, match: (cell: CoverageRow['cells'][number]) => boolean): number {
  return row.cells.filter(match).reduce((sum, cell) => sum + cell.count, 0);
}

/**
 * 覆盖矩阵: every knowledge point of the course × its items by type or by difficulty, points without items
 * highlighted — the C4 check that the bank covers the whole course standard (issue 7).
 */
export function CoverageMatrixPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('type');
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [onlyGaps, setOnlyGaps] = useState(false);
  const query = useQuestionCoverage(courseId, includeDrafts);
  const course = query.data?.course;
  useDocumentTitle(course ? t('questionCoverage.documentTitle', { name: course.name }) : undefined);
  const bank = `/courses/${courseId}/questions`;

  const columns = useMemo<TableColumnsType<CoverageRow>>(() => {
    const cell = (count: number, to: string, label: string) =>
      count ? (
        <Link to={to} aria-label={label} className="zyk-qcov__count">
          {count}
        </Link>
      ) : (
        <span className="zyk-qcov__zero" aria-label={label}>
          0
        </span>
      );
    const byKind =
      view === 'type'
        ? QUESTION_TYPES.map((type) => ({
            key: type,
            title: t(`questionBank.type.${type}`),
            align: 'center' as const,
            width: 76,
            render: (_: unknown, row: CoverageRow) => {
              const count = countOf(row, (c) => c.questionType === type);
              const detail = DIFFICULTIES.map((d) => countOf(row, (c) => c.questionType === type && c.difficulty === d));
              const label = t('questionCoverage.cellLabel', { point: row.point.name, kind: t(`questionBank.type.${type}`), count });
              const body = cell(count, `${bank}?point=${row.point.id}&type=${type}`, label);
              return count ? (
                <Tooltip
                  title={DIFFICULTIES.map((d, i) => `${t(`questionBank.difficulty.${d}`)} ${detail[i]}`).join(' · ')}
                >
                  {body}
                </Tooltip>
              ) : (
                body
              );
            },
          }))
        : DIFFICULTIES.map((difficulty) => ({
            key: `d${difficulty}`,
            title: t(`questionBank.difficulty.${difficulty}`),
            align: 'center' as const,
            width: 76,
            render: (_: unknown, row: CoverageRow) => {
              const count = countOf(row, (c) => c.difficulty === difficulty);
              const label = t('questionCoverage.cellLabel', {
                point: row.point.name,
                kind: t(`questionBank.difficulty.${difficulty}`),
                count,
              });
              return cell(count, `${bank}?point=${row.point.id}&difficulty=${difficulty}`, label);
            },
          }));
    return [
      {
        key: 'point',
        title: t('questionCoverage.point'),
        fixed: 'left' as const,
        width: 180,
        render: (_: unknown, row: CoverageRow) => (
          <span className="zyk-qcov__point">
            <span>{row.point.name}</span>
            <Tag bordered={false} color={row.point.kind === 'SKILL' ? 'purple' : 'blue'}>
              {t(`questionCoverage.kind.${row.point.kind}`)}
            </Tag>
          </span>
        ),
      },
      ...byKind,
      {
        key: 'total',
        title: t('questionCoverage.total'),
        align: 'center' as const,
        fixed: 'right' as const,
        width: 84,
        render: (_: unknown, row: CoverageRow) =>
          row.total ? (
            <Link to={`${bank}?point=${row.point.id}`} className="zyk-qcov__count zyk-qcov__total">
              {row.total}
            </Link>
          ) : (
            <Tag color="error" data-testid="coverage-gap">
              {t('questionCoverage.none')}
            </Tag>
          ),
      },
    ];
  }, [view, t, bank]);

  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const matrix = query.data?.questionCoverage;
  if (!matrix || !course) return <NotFoundView />;
  const rows = onlyGaps ? matrix.points.filter((row) => row.total === 0) : matrix.points;
  const pointCount = matrix.points.length;

  return (
    <div className="zyk-container zyk-page zyk-qcov" data-testid="question-coverage" aria-busy={query.isFetching}>
      <Breadcrumb
        items={[
          { title: <Link to={`/courses/${courseId}`}>{course.name}</Link> },
          { title: <Link to={bank}>{t('questionBank.title')}</Link> },
          { title: t('questionCoverage.title') },
        ]}
      />
      <h1 className="zyk-page__title">{t('questionCoverage.title')}</h1>
      <p className="zyk-muted">{t('questionCoverage.lead')}</p>
      {pointCount === 0 ? (
        <Alert type="info" showIcon message={t('questionCoverage.noPoints')} />
      ) : matrix.uncovered ? (
        <Alert
          type="warning"
          showIcon
          data-testid="coverage-summary"
          message={t('questionCoverage.gaps', { count: matrix.uncovered, total: pointCount })}
        />
      ) : (
        <Alert type="success" showIcon data-testid="coverage-summary" message={t('questionCoverage.complete', { total: pointCount })} />
      )}
      {matrix.untagged ? (
        <p className="zyk-muted zyk-qcov__untagged">{t('questionCoverage.untagged', { count: matrix.untagged })}</p>
      ) : null}
      <div className="zyk-qcov__controls">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'type', label: t('questionCoverage.byType') },
            { value: 'difficulty', label: t('questionCoverage.byDifficulty') },
          ]}
        />
        <Checkbox checked={includeDrafts} onChange={(e) => setIncludeDrafts(e.target.checked)}>
          {t('questionCoverage.includeDrafts')}
        </Checkbox>
        <Checkbox checked={onlyGaps} onChange={(e) => setOnlyGaps(e.target.checked)} data-testid="coverage-only-gaps">
          {t('questionCoverage.onlyGaps')}
        </Checkbox>
      </div>
      <Table<CoverageRow>
        rowKey={(row) => row.point.id}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        bordered
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.total === 0 ? 'zyk-qcov__row--gap' : '')}
        locale={{ emptyText: t('questionCoverage.noGaps') }}
        data-testid="coverage-table"
      />
    </div>
  );
}
