import type { CourseGraphFragment } from '@zyk/shared';

/** A tiny in-memory major for unit tests of pure functions and presentational components. */
export function smallMajor(): CourseGraphFragment {
  const job = (id: string, name: string) => ({ id, name });
  const jobs = {
    lathe: job('j1', '数控车工'),
    programmer: job('j2', '数控编程员'),
    inspector: job('j3', '质量检验员'),
  };
  const course = (
    id: string,
    name: string,
    kind: 'FOUNDATION' | 'CORE',
    skillPoints: { id: string; name: string; jobs: { id: string; name: string }[] }[] = [],
  ) => ({
    id,
    name,
    kind,
    hours: 64,
    credits: 4,
    semester: 2,
    skillPoints: skillPoints.map((skill) => ({
      id: skill.id,
      name: skill.name,
      description: `${skill.name}的说明`,
      jobPositions: skill.jobs,
    })),
  });
  const courses = [
    course('1', '机械制图与CAD', 'FOUNDATION'),
    course('2', '机械制造基础', 'FOUNDATION'),
    course('3', '数控加工工艺与编程', 'CORE', [
      { id: 's1', name: 'G代码编程', jobs: [jobs.programmer] },
      { id: 's2', name: '加工工艺卡编制', jobs: [jobs.programmer, jobs.lathe] },
    ]),
    course('4', '数控车削加工技术', 'CORE', [{ id: 's3', name: '车削对刀', jobs: [jobs.lathe] }]),
    course('5', '零件几何量检测', 'CORE', [{ id: 's4', name: '三坐标测量', jobs: [jobs.inspector] }]),
  ];
  // Knowledge points per course (the course graphs' other kind of point); skill points are counted above.
  const knowledge: Record<string, number> = { '3': 5, '4': 3 };
  return {
    courses,
    jobPositions: [
      { ...jobs.lathe, description: '操作数控车床加工回转体零件' },
      { ...jobs.programmer, description: '编制数控加工程序' },
      { ...jobs.inspector, description: '检测零件尺寸与形位公差' },
    ],
    courseRelations: [
      { id: 'r1', kind: 'PREREQUISITE', source: { id: '1' }, target: { id: '3' } },
      { id: 'r2', kind: 'PREREQUISITE', source: { id: '3' }, target: { id: '4' } },
      { id: 'r3', kind: 'PREREQUISITE', source: { id: '2' }, target: { id: '3' } },
      { id: 'r4', kind: 'RELATED', source: { id: '4' }, target: { id: '5' } },
    ],
    courseSystemGraph: {
      courses: courses.map((c) => ({
        id: c.id,
        skillPointCount: c.skillPoints.length,
        knowledgePointCount: knowledge[c.id] ?? 0,
      })),
      jobPositions: Object.values(jobs),
      mapsTo: courses.flatMap((c) => {
        const points = new Map<string, number>();
        for (const skill of c.skillPoints)
          for (const j of skill.jobPositions) points.set(j.id, (points.get(j.id) ?? 0) + 1);
        return [...points].map(([jobPositionId, pointCount]) => ({ courseId: c.id, jobPositionId, pointCount }));
      }),
    },
  };
}
