import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { mockGraphql, ok, refused } from '@/testing/graphql-mock';
import type { CoverageGap } from '@zyk/shared';
import { renderWithProviders } from '@/testing/render';
import { smallCourseGraph } from '../testing/knowledge-graph-fixtures';
import { CourseKnowledgeGraph } from './course-knowledge-graph';

// ECharts needs a canvas; the stand-in offers the chart's one interaction, picking a point.
vi.mock('./point-graph-chart', () => ({
  default: ({ graph, onSelect }: { graph: { nodes: { id: string; point: { name: string } }[] }; onSelect: (id: string) => void }) => (
    <div data-testid="point-graph-canvas">
      {graph.nodes.map((node) => (
        <button key={node.id} type="button" data-testid="chart-node" onClick={() => onSelect(node.id)}>
          {node.point.name}
        </button>
      ))}
    </div>
  ),
}));

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]);
}

describe('the course knowledge graph', { timeout: 90_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the points by study order with what to study first, and no editor for learners', async () => {
    mockGraphql({ CourseKnowledgeGraph: () => ({ course: smallCourseGraph() }) });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    const list = await screen.findByTestId('study-order');
    const items = within(list).getAllByTestId('study-order-item');
    expect(items.map((item) => item.getAttribute('data-point-id'))).toEqual(['11', '12', '13', '14']);
    expect(within(list).getByText('第 1 阶段')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('数控车削程序编写');
    expect(items[2]).toHaveTextContent('技能点');
    expect(items[2]).toHaveTextContent('12 个资源');
    expect(within(items[2]).getByTestId('study-first')).toHaveTextContent('先学：工件坐标系设定、加工路线确定');
    expect(items[2]).toHaveTextContent('包含：G71 循环');
    expect(within(items[0]).queryByTestId('study-first')).not.toBeInTheDocument();
    expect(screen.queryByTestId('edge-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('coverage-table')).not.toBeInTheDocument();
  });

  it('shows the resources of a point picked in the list or in the graph, linking to their pages', async () => {
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => ({ course: smallCourseGraph() }),
      KnowledgePointResources: ({ id }) => ({
        knowledgePoint: {
          id,
          name: id === '11' ? '工件坐标系设定' : 'G71 循环',
          kind: 'KNOWLEDGE',
          description: '',
          resources: id === '11' ? [{ id: '501', title: '工件坐标系设定微课', type: 'VIDEO' }] : [],
        },
      }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    await userEvent.click((await screen.findAllByTestId('study-order-item'))[0]);
    const panel = await screen.findByTestId('point-resources');
    const link = await within(panel).findByRole('link', { name: /工件坐标系设定微课/ });
    expect(link).toHaveAttribute('href', '/resources/501');
    expect(link).toHaveTextContent('视频');
    expect(screen.getAllByTestId('study-order-item')[0]).toHaveAttribute('aria-pressed', 'true');

    // On a phone (jsdom has no wide screen) the graph comes after the list, on request.
    expect(screen.queryByTestId('point-graph-canvas')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('graph-toggle'));
    await userEvent.click(within(await screen.findByTestId('point-graph-canvas')).getByRole('button', { name: 'G71 循环' }));
    expect(await within(panel).findByText('该知识点暂无可查看的资源。')).toBeInTheDocument();
    expect(calls.filter((c) => c.operation === 'KnowledgePointResources').map((c) => c.variables.id)).toEqual(['11', '14']);

    // Picking a point again shows its resources again (from the cache, without asking twice).
    fireEvent.click(screen.getAllByTestId('study-order-item')[0]);
    expect(await within(panel).findByRole('link', { name: /工件坐标系设定微课/ })).toHaveAttribute('href', '/resources/501');
  });

  it('shows the server refusal of a cycle above the edge form and keeps what was picked', async () => {
    const cycle = '不能添加：「数控车削程序编写」已是「工件坐标系设定」的后续知识点，这条先修关系会形成循环。';
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => ({ course: smallCourseGraph({ graph: { ...smallCourseGraph().graph, canEdit: true } }) }),
      KnowledgeEdgeAdd: () => ({ knowledgeEdgeAdd: { ...refused('CYCLE', cycle), edge: null } }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);
    const form = await screen.findByTestId('edge-form');

    await choose('先学的知识点', '数控车削程序编写（技能点）');
    await choose('后学的知识点', '工件坐标系设定（知识点）');
    await userEvent.click(within(form).getByTestId('edge-add'));

    const alert = await screen.findByTestId('form-alert');
    expect(within(alert).getByTestId('form-alert-message')).toHaveTextContent(cycle);
    expect(calls.find((c) => c.operation === 'KnowledgeEdgeAdd')?.variables).toEqual({ sourceId: '13', targetId: '11', kind: 'PREREQUISITE' });
    // The form keeps both points, so the teacher can change one and try again.
    expect(within(form).getByTitle('数控车削程序编写（技能点）')).toBeInTheDocument();
    expect(within(form).getByTitle('工件坐标系设定（知识点）')).toBeInTheDocument();
  });

  it('adds a contains link, refetches the graph, and removes a link', async () => {
    let version = 0;
    const { calls } = mockGraphql({
      CourseKnowledgeGraph: () => {
        version += 1;
        return { course: smallCourseGraph({ graph: { ...smallCourseGraph().graph, canEdit: true } }) };
      },
      KnowledgeEdgeAdd: (v) => ({ knowledgeEdgeAdd: { ...ok(), edge: { id: '104', ...v } } }),
      KnowledgeEdgeRemove: ({ id }) => ({ knowledgeEdgeRemove: { ...ok(), removedId: id } }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);
    const form = await screen.findByTestId('edge-form');
    expect(screen.getAllByTestId('edge-row')[0]).toHaveTextContent('先学「工件坐标系设定」，再学「数控车削程序编写」');

    await choose('关系类型', '包含');
    expect(await screen.findByLabelText('上位知识点')).toBeInTheDocument();
    await choose('上位知识点', '加工路线确定（知识点）');
    await choose('所包含的知识点', 'G71 循环（知识点）');
    fireEvent.click(within(form).getByTestId('edge-add'));
    await waitFor(() => expect(version).toBe(2));
    expect(calls.find((c) => c.operation === 'KnowledgeEdgeAdd')?.variables).toEqual({ sourceId: '12', targetId: '14', kind: 'CONTAINS' });
    expect(screen.queryByTestId('form-alert')).not.toBeInTheDocument();

    fireEvent.click(within(screen.getAllByTestId('edge-row')[2]).getByTestId('edge-remove'));
    const confirm = (await screen.findByText('确定删除这条知识关系？')).closest('.ant-popover') as HTMLElement;
    fireEvent.click(within(confirm).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'KnowledgeEdgeRemove')?.variables).toEqual({ id: '103' }));
    await waitFor(() => expect(version).toBe(3));
  });

  it('gives the course team a coverage table with gap tags and the count of points with gaps', async () => {
    const row = (id: string, name: string, resources: number, videos: number, gaps: CoverageGap[]) => ({
      resources,
      videosAndAnimations: videos,
      questions: 0,
      gaps,
      point: { id, name, kind: 'KNOWLEDGE' as const },
    });
    mockGraphql({
      CourseKnowledgeGraph: () => ({
        course: smallCourseGraph({
          coverage: {
            pointsWithGaps: 2,
            points: [
              row('11', '工件坐标系设定', 3, 1, ['NO_QUESTION']),
              row('12', '加工路线确定', 0, 0, ['NO_RESOURCE', 'NO_VIDEO_OR_ANIMATION', 'NO_QUESTION']),
            ],
          },
        }),
      }),
    });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    const table = await screen.findByTestId('coverage-table');
    expect(screen.getByTestId('coverage-summary')).toHaveTextContent('共 2 个知识点，其中 2 个存在资源缺口。');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getAllByTestId('coverage-gap').map((tag) => tag.textContent)).toEqual(['无习题']);
    expect(within(rows[1]).getAllByTestId('coverage-gap').map((tag) => tag.textContent)).toEqual(['无资源', '无视频动画', '无习题']);
  });

  it('says so when the course has no points, in English too', async () => {
    await i18n.changeLanguage('en');
    mockGraphql({ CourseKnowledgeGraph: () => ({ course: smallCourseGraph({ graph: { canEdit: false, jobPositionOptions: [], nodes: [], edges: [] } }) }) });
    renderWithProviders(<CourseKnowledgeGraph courseId="3" />);

    expect(await screen.findByText('This course has no knowledge graph yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Knowledge graph' })).toBeInTheDocument();
  });
});
