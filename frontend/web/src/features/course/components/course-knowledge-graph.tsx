import { ApartmentOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Grid, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';
import { useCourseKnowledgeGraph } from '../api/knowledge-graph';
import { useGraphLayoutSaver } from '../hooks/use-graph-layout-saver';
import { buildStudySteps } from '../utils/point-graph';
import { LINK_STYLE, POINT_STYLE } from '../utils/point-graph-option';
import { CoverageReport } from './coverage-report';
import { EdgeEditor } from './edge-editor';
import { GraphEditorToolbar } from './graph-editor-toolbar';
import { LinkDialog, type LinkEnds } from './link-dialog';
import { PointFormModal } from './point-form-modal';
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
 * for the course team the graph editor (add, edit and delete points, 连线 mode, dragged positions saved
 * for everyone), the form-based link editor and the coverage report. On a phone the list comes first
 * and the graph is shown on request (a canvas graph is hard to read on a small screen); the editor
 * works from the list there too.
 */
export function CourseKnowledgeGraph({
  courseId,
  pointTools,
}: {
  courseId: string;
  /** The team's tools for the picked point (tagging resources and items, composed by the route). */
  pointTools?: (pointId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = useCourseKnowledgeGraph(courseId);
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showChart, setShowChart] = useState(false);
  const [linkMode, setLinkMode] = useState(false);
  const [linkSourceId, setLinkSourceId] = useState<string | null>(null);
  const [linkEnds, setLinkEnds] = useState<LinkEnds | null>(null);
  const [pointForm, setPointForm] = useState<'add' | 'edit' | null>(null);
  const layoutSaver = useGraphLayoutSaver(courseId);
  const course = query.data?.course;
  const steps = useMemo(() => (course ? buildStudySteps(course.graph) : []), [course]);
  const names = useMemo(() => new Map(course?.graph.nodes.map((node) => [node.id, node.point.name]) ?? []), [course]);
  const select = useCallback(
    (id: string) => {
      if (!linkMode) {
        setSelectedId(id);
        return;
      }
      // 连线 mode: the first point picked is the start, the second the end; the start again undoes it.
      if (linkSourceId === null) setLinkSourceId(id);
      else if (linkSourceId === id) setLinkSourceId(null);
      else
        setLinkEnds({
          source: { id: linkSourceId, name: names.get(linkSourceId) ?? '' },
          target: { id, name: names.get(id) ?? '' },
        });
    },
    [linkMode, linkSourceId, names],
  );
  const toggleLinkMode = useCallback(() => {
    setLinkMode((on) => !on);
    setLinkSourceId(null);
  }, []);
  const selected = course?.graph.nodes.find((node) => node.id === selectedId) ?? null;
  const editor = course?.graph.canEdit ? (
    <>
      <GraphEditorToolbar
        courseId={courseId}
        graph={course.graph}
        selected={selected}
        linkMode={linkMode}
        linkSourceName={linkSourceId ? (names.get(linkSourceId) ?? null) : null}
        saveState={layoutSaver.state}
        saveProblem={layoutSaver.problem}
        onRetrySave={layoutSaver.retry}
        onAdd={() => setPointForm('add')}
        onEdit={() => setPointForm('edit')}
        onToggleLink={toggleLinkMode}
        onRemoved={(id) => {
          layoutSaver.forget(id);
          setSelectedId(null);
        }}
      />
      <PointFormModal
        courseId={courseId}
        graph={course.graph}
        point={pointForm === 'edit' ? selected : null}
        open={pointForm !== null}
        onClose={() => setPointForm(null)}
        onSaved={(id, name) => {
          void message.success(t(pointForm === 'edit' ? 'course.pointEditor.saved' : 'course.pointEditor.added', { name }));
          setPointForm(null);
          setSelectedId(id);
        }}
      />
      <LinkDialog
        courseId={courseId}
        ends={linkEnds}
        onClose={() => {
          setLinkEnds(null);
          setLinkSourceId(null);
        }}
        onLinked={() => {
          void message.success(t('course.edges.added'));
          setLinkEnds(null);
          setLinkSourceId(null);
        }}
      />
    </>
  ) : null;

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
  else if (!course || course.graph.nodes.length === 0)
    body = (
      <>
        {editor}
        <Empty description={t('course.graph.empty')} />
      </>
    );
  else {
    const graph = course.graph;
    const chart = (
      <Suspense fallback={<Skeleton.Node active className="zyk-kg__loading" children={null} />}>
        <PointGraphChart
          graph={graph}
          selectedId={selectedId}
          onSelect={select}
          ariaLabel={t('course.graph.ariaLabel', { points: graph.nodes.length, edges: graph.edges.length })}
          draggable={graph.canEdit && !linkMode}
          moved={layoutSaver.moved}
          onMove={layoutSaver.move}
          linkSourceId={linkSourceId}
        />
      </Suspense>
    );
    const tools = graph.canEdit && selectedId !== null && pointTools ? pointTools(selectedId) : null;
    const panel = tools ? (
      <div className="zyk-kg__panel-col">
        <PointResources pointId={selectedId} />
        {tools}
      </div>
    ) : (
      <PointResources pointId={selectedId} />
    );
    const list = (
      <div className="zyk-kg__order-col">
        <h3 className="zyk-kg__heading">{t('course.graph.studyOrder')}</h3>
        <StudyOrderList steps={steps} selectedId={linkMode ? linkSourceId : selectedId} onSelect={select} />
      </div>
    );
    body = (
      <>
        {editor}
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
            {showChart ? null : tools /* with the chart shown a phone arranges points: the panel never moves it */}
          </>
        ) : (
          <>
            <GraphKey />
            {chart}
            <div className="zyk-kg__columns">
              {list}
              {panel}
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
