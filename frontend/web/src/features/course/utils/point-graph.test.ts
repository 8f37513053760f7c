import { smallCourseGraph } from '../testing/knowledge-graph-fixtures';
import type { TFunction } from 'i18next';
import { buildPointGraph, buildStudySteps, fromGraphUnits, pointSymbolSize, toGraphUnits } from './point-graph';
import { buildPointGraphOption } from './point-graph-option';

describe('buildStudySteps', () => {
  it('groups the points by step in study order, with what to study first and what they contain', () => {
    const steps = buildStudySteps(smallCourseGraph().graph);

    expect(steps.map((s) => [s.step, s.items.map((i) => i.node.point.name)])).toEqual([
      [1, ['工件坐标系设定', '加工路线确定']],
      [2, ['数控车削程序编写', 'G71 循环']],
    ]);
    const program = steps[1].items[0];
    expect(program.studyFirst).toEqual(['工件坐标系设定', '加工路线确定']);
    expect(program.contains).toEqual(['G71 循环']);
    expect(steps[0].items[0].studyFirst).toEqual([]);
    // Contains is not a prerequisite: the contained point has nothing to study first.
    expect(steps[1].items[1].studyFirst).toEqual([]);
  });

  it('orders by studyOrder even when the server sends the nodes shuffled', () => {
    const course = smallCourseGraph();
    const shuffled = { ...course.graph, nodes: [...course.graph.nodes].reverse() };

    expect(buildStudySteps(shuffled).flatMap((s) => s.items.map((i) => i.node.studyOrder))).toEqual([1, 2, 3, 4]);
  });
});

describe('buildPointGraph', () => {
  it('styles knowledge and skill points apart and sizes them by resource count', () => {
    const layout = buildPointGraph(smallCourseGraph().graph, 800);
    const byName = new Map(layout.nodes.map((n) => [n.name, n]));

    expect(byName.get('工件坐标系设定')).toMatchObject({ kind: 'KNOWLEDGE', category: 0, resourceTotal: 3 });
    expect(byName.get('数控车削程序编写')).toMatchObject({ kind: 'SKILL', category: 1 });
    expect(byName.get('加工路线确定')?.symbolSize).toBe(pointSymbolSize(0));
    expect(byName.get('工件坐标系设定')!.symbolSize).toBeGreaterThan(byName.get('加工路线确定')!.symbolSize);
    // More than 10 resources does not grow the point further.
    expect(byName.get('数控车削程序编写')?.symbolSize).toBe(pointSymbolSize(10));
  });

  it('draws prerequisites as arrows and contains links without, and drops edges to unknown points', () => {
    const course = smallCourseGraph();
    const graph = { ...course.graph, edges: [...course.graph.edges, { id: '999', sourceId: '11', targetId: '404', kind: 'PREREQUISITE' as const }] };

    const { links } = buildPointGraph(graph, 800);

    expect(links.map((l) => [l.source, l.target, l.kind, l.arrow])).toEqual([
      ['11', '13', 'PREREQUISITE', true],
      ['12', '13', 'PREREQUISITE', true],
      ['13', '14', 'CONTAINS', false],
    ]);
  });

  it('puts steps in columns on a desktop and in rows on a phone', () => {
    const desktop = buildPointGraph(smallCourseGraph().graph, 800);
    const phone = buildPointGraph(smallCourseGraph().graph, 360);
    const at = (layout: typeof desktop, name: string) => layout.nodes.find((n) => n.name === name)!;

    expect(desktop.mode).toBe('desktop');
    expect(at(desktop, '工件坐标系设定').x).toBe(at(desktop, '加工路线确定').x);
    expect(at(desktop, '数控车削程序编写').x).toBeGreaterThan(at(desktop, '工件坐标系设定').x);
    expect(phone.mode).toBe('phone');
    expect(at(phone, '工件坐标系设定').y).toBe(at(phone, '加工路线确定').y);
    expect(at(phone, '数控车削程序编写').y).toBeGreaterThan(at(phone, '工件坐标系设定').y);
    for (const layout of [desktop, phone]) {
      for (const node of layout.nodes) {
        expect(node.x).toBeGreaterThan(0);
        expect(node.x).toBeLessThan(layout.width);
        expect(node.y).toBeGreaterThan(0);
        expect(node.y).toBeLessThan(layout.height);
      }
    }
  });
});

describe('arranged layouts (the graph editor)', () => {
  const arranged = () => {
    const course = smallCourseGraph();
    const nodes = course.graph.nodes.map((node) =>
      node.id === '11' ? { ...node, x: 500, y: 100 } : node.id === '13' ? { ...node, x: 800, y: 300 } : node,
    );
    return { ...course.graph, nodes };
  };

  it('keeps the step layout until the team places a point', () => {
    const layout = buildPointGraph(smallCourseGraph().graph, 1000);
    expect(layout.arranged).toBe(false);
    expect(layout.nodes.every((node) => !node.placed)).toBe(true);
  });

  it('puts placed points where the team left them, in graph units scaled to the width', () => {
    const at = (width: number, name: string) => buildPointGraph(arranged(), width).nodes.find((n) => n.name === name)!;

    expect(buildPointGraph(arranged(), 1000).arranged).toBe(true);
    // 1000 pixels: 64 on either side for half a label, 872 for the 1000 units
    expect(at(1000, '工件坐标系设定')).toMatchObject({ x: 500, y: 87.2, placed: true });
    expect(at(1200, '数控车削程序编写')).toMatchObject({ placed: true });
    expect(at(1200, '数控车削程序编写').x).toBeCloseTo(921.6);
    expect(at(1200, '数控车削程序编写').y).toBeCloseTo(321.6);
    // a phone keeps the arrangement (44 pixels aside); heights shrink less than widths
    expect(at(360, '工件坐标系设定').x).toBeCloseTo(180);
    expect(at(360, '工件坐标系设定').y).toBeCloseTo(70);
    // back to graph units: what a drag on any screen would save
    for (const width of [360, 1000, 1200]) {
      const node = at(width, '数控车削程序编写');
      expect(toGraphUnits(node.x, node.y, width)).toEqual({ x: 800, y: 300 });
      expect(fromGraphUnits({ x: 800, y: 300 }, width).x).toBeCloseTo(node.x);
    }
  });

  it('moves a point never arranged off a placed one, and makes the frame tall enough for every point', () => {
    const course = smallCourseGraph();
    const steps = buildPointGraph(course.graph, 1000);
    const free = steps.nodes.find((n) => n.name === '加工路线确定')!;
    // the team dropped 工件坐标系设定 exactly where the steps put 加工路线确定
    const graph = { ...course.graph, nodes: course.graph.nodes.map((n) => (n.id === '11' ? { ...n, x: free.x, y: free.y + 2000 } : n)) };
    const moved = new Map([['11', toGraphUnits(free.x, free.y, 1000)]]);

    const layout = buildPointGraph(graph, 1000, moved);

    const placed = layout.nodes.find((n) => n.id === '11')!;
    const shifted = layout.nodes.find((n) => n.id === '12')!;
    // `moved` (dragged on this page) wins over what the server had
    expect(placed.x).toBeCloseTo(free.x, 0);
    expect(placed.y).toBeCloseTo(free.y, 0);
    expect(shifted.placed).toBe(false);
    expect(shifted.x).toBe(free.x);
    expect(Math.hypot(shifted.x - placed.x, shifted.y - placed.y)).toBeGreaterThanOrEqual(40);
    for (const node of layout.nodes) expect(node.y).toBeLessThan(layout.height);
  });

  it('narrows the labels of close neighbours on the same line, as on a phone', () => {
    const course = smallCourseGraph();
    const place = { '11': { x: 100, y: 100 }, '12': { x: 300, y: 100 }, '13': { x: 100, y: 400 }, '14': { x: 900, y: 400 } } as Record<string, { x: number; y: number }>;
    const graph = { ...course.graph, nodes: course.graph.nodes.map((n) => ({ ...n, ...place[n.id] })) };
    const widths = (width: number) => Object.fromEntries(buildPointGraph(graph, width).nodes.map((n) => [n.id, n.labelWidth]));

    // 200 units apart: 54 pixels on a 360 phone, 174 on a 1000 screen
    expect(widths(360)).toEqual({ '11': 46, '12': 46, '13': 84, '14': 84 });
    expect(widths(1000)).toEqual({ '11': 120, '12': 120, '13': 120, '14': 120 });
  });

  it('keeps saved positions inside the frame and rounds them', () => {
    expect(toGraphUnits(-50, -10, 1000)).toEqual({ x: 0, y: 30 });
    expect(toGraphUnits(5000, 123.456, 1000)).toEqual({ x: 1000, y: 141.6 });
    expect(toGraphUnits(500, 350, 500)).toEqual({ x: 1000, y: 500 });
  });
});

describe('the chart option in the editor', () => {
  it('lets the team drag points and rings the start of a link', () => {
    const layout = buildPointGraph(smallCourseGraph().graph, 800);
    const t = ((key: string) => key) as unknown as TFunction;
    const series = (option: ReturnType<typeof buildPointGraphOption>) =>
      (Array.isArray(option.series) ? option.series[0] : option.series) as { data: { id: string; draggable?: boolean; itemStyle?: { borderColor?: string } }[] };

    const learner = series(buildPointGraphOption(layout, t, null)).data.filter((d) => !d.id.startsWith('anchor:'));
    expect(learner.every((d) => !d.draggable)).toBe(true);

    const team = series(buildPointGraphOption(layout, t, '12', { draggable: true, linkSourceId: '13' })).data;
    expect(team.filter((d) => !d.id.startsWith('anchor:')).every((d) => d.draggable)).toBe(true);
    expect(team.find((d) => d.id === '13')?.itemStyle?.borderColor).toBe('#1a7f37');
    expect(team.find((d) => d.id === '12')?.itemStyle?.borderColor).toBe('#f0b400');
  });
});
