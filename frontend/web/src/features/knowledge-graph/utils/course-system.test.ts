import i18n from '@/lib/i18n';
import { smallMajor } from '@/testing/fixtures';
import { buildCourseGraph } from './build-course-graph';
import { courseFacts } from './course-system';
import { buildGraphOption, nodeTooltip, wrapToWidth } from './graph-option';

describe('courseFacts', () => {
  it('gives each course its point counts and the jobs its points map to, most points first', () => {
    const facts = courseFacts(smallMajor());

    expect(facts.get('3')).toEqual({ skillPoints: 2, knowledgePoints: 5, jobs: ['数控编程员', '数控车工'] });
    expect(facts.get('1')).toEqual({ skillPoints: 0, knowledgePoints: 0, jobs: [] });
    expect(facts.has('99')).toBe(false);
  });

  it('ignores links to courses or jobs the graph does not list', () => {
    const major = smallMajor();
    major.courseSystemGraph.mapsTo.push({ courseId: '99', jobPositionId: 'j1', pointCount: 3 });
    major.courseSystemGraph.mapsTo.push({ courseId: '4', jobPositionId: 'gone', pointCount: 3 });

    const facts = courseFacts(major);
    expect(facts.get('4')?.jobs).toEqual(['数控车工']);
  });
});

describe('course nodes of the course-system graph', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('show the point counts and jobs in the tooltip', () => {
    const layout = buildCourseGraph(smallMajor(), { width: 1200 });
    const node = layout.nodes.find((n) => n.id === 'course:3');
    if (!node) throw new Error('no course node');

    const html = nodeTooltip(node, i18n.t);
    expect(html).toContain('知识图谱：</span>2 个技能点 · 5 个知识点');
    expect(html).toContain('对应岗位：</span>数控编程员、数控车工');
  });

  it('carry the point counts as a second label line on a desktop, not on a phone', () => {
    const label = (width: number) => {
      const option = buildGraphOption(buildCourseGraph(smallMajor(), { width }), i18n.t);
      const series = (Array.isArray(option.series) ? option.series[0] : option.series) as {
        data: { id: string; label: { formatter?: () => string } }[];
      };
      return series.data.find((d) => d.id === 'course:3')?.label;
    };

    expect(label(1200)?.formatter?.()).toBe('数控加工工艺与编程\n{points|2 个技能点 · 5 个知识点}');
    expect(label(390)?.formatter).toBeUndefined();
  });
});

describe('wrapToWidth', () => {
  it('breaks Chinese between characters and other text between words', () => {
    expect(wrapToWidth('数控机床故障诊断与维修', 100, 13)).toEqual(['数控机床故障诊', '断与维修']);
    expect(wrapToWidth('CNC machine fault diagnosis', 90, 13)).toEqual(['CNC machine', 'fault', 'diagnosis']);
    expect(wrapToWidth('CAD/CAM 软件应用', 150, 13)).toEqual(['CAD/CAM 软件应用']);
  });
});
