import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import type { PointPosition } from '../utils/point-graph';
import { graphNode, JOB_POSITION_OPTIONS, smallCourseGraph } from '../testing/knowledge-graph-fixtures';
import { CourseKnowledgeGraph } from './course-knowledge-graph';

interface ChartStandInProps {
  graph: { nodes: { id: string; point: { name: string } }[] };
  onSelect: (id: string) => void;
  draggable?: boolean;
  moved?: ReadonlyMap<string, PointPosition>;
  onMove?: (positions: Map<string, PointPosition>) => void;
  linkSourceId?: string | null;
}

// ECharts needs a canvas; the stand-in offers the chart's interactions: picking a point and dropping
// 工件坐标系设定 (id 11) at (300, 200) in graph units, as a finished drag reports it, with the points
// never arranged at their current places.
vi.mock('./point-graph-chart', () => ({
  default: ({ graph, onSelect, draggable, moved, onMove, linkSourceId }: ChartStandInProps) => (
    <div data-testid="point-graph-canvas" data-draggable={String(Boolean(draggable))} data-link-source={linkSourceId ?? ''}>
      {graph.nodes.map((node) => (
        <button key={node.id} type="button" data-testid="chart-node" data-moved={JSON.stringify(moved?.get(node.id) ?? null)} onClick={() => onSelect(node.id)}>
          {node.point.name}
        </button>
      ))}
      <button
        type="button"
        data-testid="chart-drag"
        onClick={() =>
          onMove?.(
            new Map([
              ['11', { x: 300, y: 200 }],
              ['12', { x: 120, y: 330 }],
            ]),
          )
        }
      >
        drag
      </button>
    </div>
  ),
}));

function teamGraph() {
  const course = smallCourseGraph();
  return { ...course, graph: { ...course.graph, canEdit: true, jobPositionOptions: JOB_POSITION_OPTIONS } };
}

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]);
}

describe('the graph editor of the course team', { timeout: 90_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is not offered to learners, who see the graph read-only', async () => {
    mockGraphql({ CourseKnowledgeGraph: () => ({ course: smallCourseGraph() }) });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await screen.findByTestId('study-order');
    expect(screen.queryByTestId('graph-editor-toolbar')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('graph-toggle'));
    expect(await screen.findByTestId('point-graph-canvas')).toHaveAttribute('data-draggable', 'false');
  });

  it('adds a point with its kind, description and job positions, and shows a repeated name under the field', async () => {
    let version = 0;
    let tries = 0;
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => {
        version += 1;
        const course = teamGraph();
        if (version > 1) course.graph.nodes.push(graphNode('15', '螺纹车削', { kind: 'SKILL', studyOrder: 5, step: 1 }));
        return { course };
      },
      KnowledgePointAdd: (v) => {
        tries += 1;
        return tries === 1
          ? { knowledgePointAdd: { ...refused('DUPLICATE', '本课程已有名为「G71 循环」的知识点，请换一个名称。', 'name'), point: null } }
          : { knowledgePointAdd: { ...ok(), point: { id: '15', name: v.name, kind: v.kind } } };
      },
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click(await screen.findByTestId('point-add'));
    const form = await screen.findByTestId('point-form');
    fireEvent.change(within(form).getByTestId('point-name'), { target: { value: 'G71 循环' } });
    fireEvent.click(screen.getByTestId('point-form-submit'));
    // the server's refusal goes under the name; the dialog keeps what was typed
    expect(await within(form).findByText('本课程已有名为「G71 循环」的知识点，请换一个名称。', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(form).getByTestId('point-name')).toHaveValue('G71 循环');

    fireEvent.change(within(form).getByTestId('point-name'), { target: { value: '螺纹车削' } });
    await userEvent.click(within(form).getByText('技能点'));
    fireEvent.change(within(form).getByTestId('point-description'), { target: { value: '车削普通螺纹' } });
    await choose('对应职业岗位', '数控车工');
    fireEvent.click(screen.getByTestId('point-form-submit'));

    await waitFor(() => expect(version).toBe(2), { timeout: 5000 });
    expect(calls.filter((c) => c.operation === 'KnowledgePointAdd').at(-1)?.variables).toEqual({
      courseId: '3',
      kind: 'SKILL',
      name: '螺纹车削',
      description: '车削普通螺纹',
      jobPositionIds: ['7'],
    });
    // the new point is picked, ready to be edited, linked or deleted
    expect(await screen.findByTestId('point-edit', {}, { timeout: 5000 })).toHaveTextContent('编辑「螺纹车削」');
  });

  it('links two points in 连线 mode (picked in the list) and shows a cycle refusal in the dialog', async () => {
    const cycle = '这条先修关系会形成循环：数控车削程序编写 → 工件坐标系设定 → 数控车削程序编写。';
    let tries = 0;
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => ({ course: teamGraph() }),
      KnowledgeEdgeAdd: (v) => {
        tries += 1;
        return tries === 1
          ? { knowledgeEdgeAdd: { ...refused('CONFLICT', cycle, 'targetId'), edge: null } }
          : { knowledgeEdgeAdd: { ...ok(), edge: { id: '104', ...v } } };
      },
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click(await screen.findByTestId('link-mode'));
    expect(screen.getByTestId('link-mode')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('graph-editor-hint')).toHaveTextContent('先点击起点知识点');
    const items = screen.getAllByTestId('study-order-item');
    await userEvent.click(items[2]); // 数控车削程序编写
    expect(screen.getByTestId('graph-editor-hint')).toHaveTextContent('已选起点「数控车削程序编写」');
    expect(items[2]).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(items[0]); // 工件坐标系设定

    const dialog = await screen.findByTestId('link-dialog');
    expect(dialog).toHaveTextContent('从「数控车削程序编写」到「工件坐标系设定」');
    fireEvent.click(screen.getByTestId('link-dialog-submit'));
    expect(await within(dialog).findByTestId('form-alert-message', {}, { timeout: 5000 })).toHaveTextContent(cycle);
    expect(calls.find((c) => c.operation === 'KnowledgeEdgeAdd')?.variables).toEqual({ sourceId: '13', targetId: '11', kind: 'PREREQUISITE' });

    // 包含 is accepted: the dialog closes and the start is cleared for the next link
    await userEvent.click(within(dialog).getByText('包含'));
    fireEvent.click(screen.getByTestId('link-dialog-submit'));
    await waitFor(() => expect(calls.filter((c) => c.operation === 'KnowledgeEdgeAdd')).toHaveLength(2));
    expect(calls.filter((c) => c.operation === 'KnowledgeEdgeAdd')[1].variables).toEqual({ sourceId: '13', targetId: '11', kind: 'CONTAINS' });
    await waitFor(() => expect(screen.getByTestId('graph-editor-hint')).toHaveTextContent('先点击起点知识点'));
  });

  it('edits the picked point with its values filled in, and deletes it saying its links go too', async () => {
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => {
        const course = teamGraph();
        course.graph.nodes[2] = graphNode('13', '数控车削程序编写', { kind: 'SKILL', studyOrder: 3, step: 2, jobPositions: [JOB_POSITION_OPTIONS[0]] });
        return { course };
      },
      KnowledgePointUpdate: (v) => ({ knowledgePointUpdate: { ...ok(), point: { id: v.id, name: v.name, kind: v.kind } } }),
      KnowledgePointRemove: ({ id }) => ({ knowledgePointRemove: { ...ok(), removedId: id, removedEdges: 3 } }),
      KnowledgePointResources: ({ id }) => ({ knowledgePoint: { id, name: '数控车削程序编写', kind: 'SKILL', description: '', resources: [] } }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click((await screen.findAllByTestId('study-order-item'))[2]);
    await userEvent.click(screen.getByTestId('point-edit'));
    const form = await screen.findByTestId('point-form');
    expect(within(form).getByTestId('point-name')).toHaveValue('数控车削程序编写');
    expect(within(form).getByTestId('point-description')).toHaveValue('数控车削程序编写的说明');
    expect(within(form).getByTitle('数控车工')).toBeInTheDocument();
    fireEvent.change(within(form).getByTestId('point-name'), { target: { value: '数控车削编程' } });
    fireEvent.click(screen.getByTestId('point-form-submit'));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KnowledgePointUpdate')?.variables).toEqual({
        id: '13',
        kind: 'SKILL',
        name: '数控车削编程',
        description: '数控车削程序编写的说明',
        jobPositionIds: ['7'],
      }),
    );

    fireEvent.click(await screen.findByTestId('point-remove'));
    // 数控车削程序编写 has three links in the fixture
    const confirm = (await screen.findByText('删除「数控车削程序编写」？')).closest('.ant-popover') as HTMLElement;
    expect(confirm).toHaveTextContent('它的 3 条知识关系和资源上的该知识点标注会一并删除，资源本身保留。');
    fireEvent.click(within(confirm).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'KnowledgePointRemove')?.variables).toEqual({ id: '13' }));
    await waitFor(() => expect(screen.queryByTestId('point-edit')).not.toBeInTheDocument());
  });

  it('saves dragged positions once dragging pauses and keeps them on screen', async () => {
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => ({ course: teamGraph() }),
      KnowledgeGraphLayoutSave: ({ positions }) => ({ knowledgeGraphLayoutSave: { ...ok(), positions } }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click(await screen.findByTestId('graph-toggle'));
    const chart = await screen.findByTestId('point-graph-canvas');
    expect(chart).toHaveAttribute('data-draggable', 'true');
    fireEvent.click(within(chart).getByTestId('chart-drag'));
    fireEvent.click(within(chart).getByTestId('chart-drag')); // a second drag before the save: one call
    expect(screen.getByTestId('layout-save-state')).toHaveTextContent('布局有改动，即将保存…');
    expect(within(chart).getAllByTestId('chart-node')[0]).toHaveAttribute('data-moved', JSON.stringify({ x: 300, y: 200 }));

    await waitFor(() => expect(screen.getByTestId('layout-save-state')).toHaveTextContent('布局已保存'), { timeout: 5000 });
    const saves = calls.filter((c) => c.operation === 'KnowledgeGraphLayoutSave');
    expect(saves).toHaveLength(1);
    expect(saves[0].variables).toEqual({
      courseId: '3',
      positions: [
        { pointId: '11', x: 300, y: 200 },
        { pointId: '12', x: 120, y: 330 },
      ],
    });
    // 连线 mode stops dragging, so a click is a pick
    await userEvent.click(screen.getByTestId('link-mode'));
    expect(screen.getByTestId('point-graph-canvas')).toHaveAttribute('data-draggable', 'false');
  });

  it('shows a refused layout save with a retry, in English too', async () => {
    await i18n.changeLanguage('en');
    let tries = 0;
    mockGraphql({
      CourseKnowledgeGraph: () => ({ course: teamGraph() }),
      KnowledgeGraphLayoutSave: ({ positions }) => {
        tries += 1;
        return tries === 1
          ? { knowledgeGraphLayoutSave: { ...refused('NOT_FOUND', 'Some of these points are not part of this course (any more); reload the graph.', 'positions'), positions: [] } }
          : { knowledgeGraphLayoutSave: { ...ok(), positions } };
      },
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click(await screen.findByTestId('graph-toggle'));
    fireEvent.click(within(await screen.findByTestId('point-graph-canvas')).getByTestId('chart-drag'));
    const error = await screen.findByTestId('layout-save-error', {}, { timeout: 5000 });
    expect(error).toHaveTextContent('The layout could not be saved');
    expect(error).toHaveTextContent('not part of this course');
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('layout-save-state')).toHaveTextContent('Layout saved'));
    expect(tries).toBe(2);
    expect(screen.getByTestId('point-add')).toHaveTextContent('Add knowledge/skill point');
  });
});
