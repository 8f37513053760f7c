import { smallMajor } from '@/testing/fixtures';
import {
  buildCourseGraph,
  CATEGORY_KEYS,
  courseIdFromNodeId,
  courseNodeId,
  layoutModeForWidth,
  type CourseGraphLayout,
  type GraphNode,
} from './build-course-graph';

const lanes = { foundation: '专业基础课', core: '专业核心课', skill: '技能点', job: '职业岗位' };
const real = (layout: CourseGraphLayout) => layout.nodes.filter((n) => n.kind !== 'anchor' && n.kind !== 'lane');
const byId = (layout: CourseGraphLayout, id: string) => layout.nodes.find((n) => n.id === id) as GraphNode;

describe('buildCourseGraph', () => {
  it('makes one node per course, skill point and job position with the right category', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 1200, laneLabels: lanes });

    const kinds = real(layout).map((n) => `${n.id}=${n.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'course:1=foundation',
        'course:2=foundation',
        'course:3=core',
        'course:4=core',
        'course:5=core',
        'skill:s1=skill',
        'skill:s4=skill',
        'job:j1=job',
        'job:j2=job',
        'job:j3=job',
      ]),
    );
    expect(real(layout)).toHaveLength(5 + 4 + 3);
    for (const node of real(layout)) expect(CATEGORY_KEYS[node.category as number]).toBe(node.kind);
    expect(layout.nodes.filter((n) => n.kind === 'lane').map((n) => n.name)).toEqual(Object.values(lanes));
  });

  it('makes prerequisite, related, contains and maps-to links without duplicates', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 1200 });
    const links = layout.links.map((l) => `${l.kind}:${l.source}->${l.target}`);

    expect(links).toEqual(
      expect.arrayContaining([
        'prerequisite:course:1->course:3',
        'prerequisite:course:2->course:3',
        'prerequisite:course:3->course:4',
        'related:course:4->course:5',
        'contains:course:3->skill:s1',
        'contains:course:5->skill:s4',
        'mapsTo:skill:s2->job:j1',
        'mapsTo:skill:s2->job:j2',
      ]),
    );
    expect(layout.links).toHaveLength(4 + 4 + 5);
    expect(new Set(layout.links.map((l) => l.id)).size).toBe(layout.links.length);
  });

  it('puts foundation courses, core courses by prerequisite depth, skills and jobs in columns on a desktop', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 1200 });
    const x = (id: string) => byId(layout, id).x;

    expect(layout.mode).toBe('desktop');
    expect(x('course:1')).toBe(x('course:2'));
    expect(x('course:3')).toBeGreaterThan(x('course:1'));
    // 数控车削 needs 数控加工工艺 (core → core), so it is one column deeper; 检测 has no core prerequisite.
    expect(x('course:4')).toBeGreaterThan(x('course:3'));
    expect(x('course:5')).toBe(x('course:3'));
    expect(x('skill:s1')).toBeGreaterThan(x('course:4'));
    expect(x('job:j1')).toBeGreaterThan(x('skill:s1'));
  });

  it('is deterministic', () => {
    expect(buildCourseGraph(smallMajor(), { width: 1000 })).toEqual(buildCourseGraph(smallMajor(), { width: 1000 }));
  });

  it.each([
    [1200, 'desktop'],
    [800, 'desktop'],
    [358, 'phone'],
    [320, 'phone'],
  ] as const)('fits nodes and their labels into %i px (%s)', (width, mode) => {
    const layout = buildCourseGraph(smallMajor(), { width, laneLabels: lanes });

    expect(layout.mode).toBe(mode);
    expect(layout.width).toBe(width);
    for (const node of layout.nodes) {
      const left = node.labelPosition === 'right' ? node.x - node.symbolSize / 2 : node.x - node.labelWidth / 2;
      const right = node.labelPosition === 'right' ? node.x + node.symbolSize / 2 + 6 + node.labelWidth : node.x + node.labelWidth / 2;
      expect(left, node.id).toBeGreaterThanOrEqual(0);
      expect(right, node.id).toBeLessThanOrEqual(width);
      expect(node.y, node.id).toBeGreaterThanOrEqual(0);
      expect(node.y, node.id).toBeLessThanOrEqual(layout.height);
    }
    // The anchors span exactly the layout box, so ECharts maps it 1:1 onto the view.
    expect(byId(layout, 'anchor:0')).toMatchObject({ x: 0, y: 0 });
    expect(byId(layout, 'anchor:1')).toMatchObject({ x: width, y: layout.height });
  });

  it('stacks the lanes as rows on a phone', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 358 });
    const y = (id: string) => byId(layout, id).y;

    expect(layoutModeForWidth(358)).toBe('phone');
    expect(y('course:1')).toBe(y('course:2'));
    expect(y('course:3')).toBeGreaterThan(y('course:1'));
    expect(y('course:4')).toBeGreaterThan(y('course:3'));
    expect(y('skill:s1')).toBeGreaterThan(y('course:4'));
    expect(y('job:j1')).toBeGreaterThan(y('skill:s4'));
  });

  it('ignores relations to unknown courses and survives prerequisite cycles', () => {
    const major = smallMajor();
    major.courseRelations.push(
      { id: 'x1', kind: 'PREREQUISITE', source: { id: '4' }, target: { id: '3' } },
      { id: 'x2', kind: 'PREREQUISITE', source: { id: '99' }, target: { id: '3' } },
    );

    const layout = buildCourseGraph(major, { width: 1200 });

    expect(layout.links.some((l) => l.source === 'course:99')).toBe(false);
    expect(real(layout).every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('gives each node the facts its tooltip shows', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 1200 });

    expect(byId(layout, 'course:3').info).toEqual({
      type: 'course',
      kind: 'CORE',
      hours: 64,
      credits: 4,
      skillPoints: ['G代码编程', '加工工艺卡编制'],
      // from courseSystemGraph: the course graph's point counts, jobs with the most points first
      facts: { skillPoints: 2, knowledgePoints: 5, jobs: ['数控编程员', '数控车工'] },
    });
    expect(byId(layout, 'skill:s2').info).toMatchObject({ courseName: '数控加工工艺与编程', jobPositions: ['数控编程员', '数控车工'] });
    expect(byId(layout, 'job:j3').info).toEqual({ type: 'job', description: '检测零件尺寸与形位公差' });
  });
});

describe('click target mapping', () => {
  it('maps course nodes to their course id and everything else to nothing', () => {
    expect(courseIdFromNodeId(courseNodeId('42'))).toBe('42');
    expect(courseIdFromNodeId('skill:s1')).toBeNull();
    expect(courseIdFromNodeId('job:j1')).toBeNull();
    expect(courseIdFromNodeId('lane:core')).toBeNull();
    expect(courseIdFromNodeId('course:')).toBeNull();
    expect(courseIdFromNodeId(undefined)).toBeNull();
  });
});
