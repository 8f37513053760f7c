import { ApartmentOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Grid, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';
import { useCourseKnowledgeGraph } from '../api/knowledge-graph';
import { buildStudySteps } from '../utils/point-graph';
import { LINK_STYLE, POINT_STYLE } from '../utils/point-graph-option';
import { CoverageReport } from './coverage-report';
import { EdgeEditor } from './edge-editor';
import { PointResources } from './point-resources';
import { StudyOrderList } from './study-order-list';
import './course-knowledge-graph.css';

// ECharts is large; the study-order list is readable while it loads.
const PointGraphChart = lazy(() => import('./point-graph-chart'));

function GraphKey() {
  const { t } = useTranslation();
  return (
    <ul className="zyk-kg__key" aria-hidden="true">
      {(['KNOWLEDGE', 'SKILL'] as const).map((kind) => (
        <li key={kind}>
          <span className={`zyk-kg__key-dot zyk-kg__key-dot--${kind.toLowerCase()}`} style={{ background: POINT_STYLE[kind].color }} />
          {t(`course.graph.kind.${kind}`)}
        </li>
      ))}
      <li>
        <svg width="36" height="10">
          <line x1="2" y1="5" x2="28" y2="5" stroke={String(LINK_STYLE.PREREQUISITE.color)} strokeWidth="1.8" />
          <path d="M26 1 L34 5 L26 9 z" fill={String(LINK_STYLE.PREREQUISITE.color)} />
        </svg>
        {t('course.graph.edgeKind.PREREQUISITE')}
      </li>
      <li>
        <svg width="36" height="10">
          <line x1="2" y1="5" x2="34" y2="5" stroke={String(LINK_STYLE.CONTAINS.color)} strokeWidth="1.4" strokeDasharray="4 3" />
        </svg>
        {t('course.graph.edgeKind.CONTAINS')}
      </li>
      <li>{t('course.graph.sizeKey')}</li>
    </ul>
  );
}

/**
 * 知识图谱 of the course (M7, C2): the study order (先学…), the graph, the resources of a picked point;
 * for the course team the link editor and the coverage report. On a phone the list comes first and
 * the graph is shown on request (a canvas graph is hard to read on a small screen).
 */
export function CourseKnowledgeGraph({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const query = useCourseKnowledgeGraph(courseId);
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showChart, setShowChart] = useState(false);
  const course = query.data?.course;
  const steps = useMemo(() => (course ? buildStudySteps(course.graph) : []), [course]);
  const select = useCallback((id: string) => setSelectedId(id), []);

  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (query.isError)
    body = (
      <Alert
        type="error"
        showIcon
        message={query.error.message}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (!course || course.graph.nodes.length === 0) body = <Empty description={t('course.graph.empty')} />;
  else {
    const graph = course.graph;
    const chart = (
      <Suspense fallback={<Skeleton.Node active className="zyk-kg__loading" children={null} />}>
        <PointGraphChart
          graph={graph}
          selectedId={selectedId}
          onSelect={select}
          ariaLabel={t('course.graph.ariaLabel', { points: graph.nodes.length, edges: graph.edges.length })}
        />
      </Suspense>
    );
    const list = (
      <div className="zyk-kg__order-col">
        <h3 className="zyk-kg__heading">{t('course.graph.studyOrder')}</h3>
        <StudyOrderList steps={steps} selectedId={selectedId} onSelect={select} />
      </div>
    );
    body = (
      <>
        {phone ? (
          <>
            {list}
            <PointResources pointId={selectedId} />
            <Button
              block
              className="zyk-kg__toggle"
              icon={showChart ? <UnorderedListOutlined /> : <ApartmentOutlined />}
              aria-expanded={showChart}
              onClick={() => setShowChart((shown) => !shown)}
              data-testid="graph-toggle"
            >
              {t(showChart ? 'course.graph.hideChart' : 'course.graph.showChart')}
            </Button>
            {showChart ? (
              <>
                <GraphKey />
                {chart}
              </>
            ) : null}
          </>
        ) : (
          <>
            <GraphKey />
            {chart}
            <div className="zyk-kg__columns">
              {list}
              <PointResources pointId={selectedId} />
            </div>
          </>
        )}
        {graph.canEdit ? <EdgeEditor courseId={courseId} graph={graph} /> : null}
        {course.coverage ? <CoverageReport coverage={course.coverage} /> : null}
      </>
    );
  }

  return (
    <Section id="knowledge-graph" title={t('course.graph.title')} subtitle={t('course.graph.subtitle')} className="zyk-kg">
      <div data-testid="course-knowledge-graph" aria-busy={query.isFetching}>
        {body}
      </div>
    </Section>
  );
}
