import { smallCourseGraph } from '../testing/knowledge-graph-fixtures';
import { buildPointGraph, buildStudySteps, pointSymbolSize } from './point-graph';

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
