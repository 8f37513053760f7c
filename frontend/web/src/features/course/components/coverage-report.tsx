import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { SubSection } from '@/components/section';
import type { CourseCoverageData } from '../api/knowledge-graph';

type Row = CourseCoverageData['points'][number];

/** 资源覆盖 for the course team: every point with its counts and gap tags, and how many have gaps. */
export function CoverageReport({ coverage }: { coverage: CourseCoverageData }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Row> = [
    {
      key: 'point',
      title: t('course.coverage.point'),
      render: (_, row) => (
        <span className="zyk-kg__cover-name">
          {row.point.name}
          <span className={`zyk-kg__kind zyk-kg__kind--${row.point.kind.toLowerCase()}`}>{t(`course.graph.kind.${row.point.kind}`)}</span>
        </span>
      ),
    },
    { key: 'resources', title: t('course.coverage.resources'), dataIndex: 'resources', align: 'right', width: 72 },
    { key: 'videos', title: t('course.coverage.videos'), dataIndex: 'videosAndAnimations', align: 'right', width: 96, responsive: ['sm'] },
    { key: 'questions', title: t('course.coverage.questions'), dataIndex: 'questions', align: 'right', width: 72, responsive: ['sm'] },
    {
      key: 'gaps',
      title: t('course.coverage.gaps'),
      render: (_, row) =>
        row.gaps.length ? (
          <span className="zyk-kg__gaps">
            {row.gaps.map((gap) => (
              <span key={gap} className="zyk-badge zyk-badge--orange" data-testid="coverage-gap" data-gap={gap}>
                {t(`course.coverage.gap.${gap}`)}
              </span>
            ))}
          </span>
        ) : (
          <span className="zyk-badge zyk-badge--teal">{t('course.coverage.complete')}</span>
        ),
    },
  ];
  return (
    <SubSection title={t('course.coverage.title')} id="coverage">
      <p className="zyk-kg__cover-summary" data-testid="coverage-summary">
        {t('course.coverage.summary', { count: coverage.pointsWithGaps, total: coverage.points.length })}
      </p>
      <div data-testid="coverage-table">
      <Table<Row>
        size="small"
        rowKey={(row) => row.point.id}
        columns={columns}
        dataSource={coverage.points}
        pagination={coverage.points.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
      </div>
    </SubSection>
  );
}
