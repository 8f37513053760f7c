import type { CourseKnowledgeGraphData, KnowledgeGraphNodeData } from '../api/knowledge-graph';

export function graphNode(
  id: string,
  name: string,
  {
    kind = 'KNOWLEDGE',
    studyOrder = 1,
    step = 1,
    resourceTotal = 0,
    x = null,
    y = null,
    jobPositions = [],
  }: Partial<{
    kind: 'KNOWLEDGE' | 'SKILL';
    studyOrder: number;
    step: number;
    resourceTotal: number;
    x: number | null;
    y: number | null;
    jobPositions: { id: string; name: string }[];
  }> = {},
): KnowledgeGraphNodeData {
  return {
    id,
    studyOrder,
    step,
    resourceTotal,
    x,
    y,
    resourceCounts: resourceTotal ? [{ type: 'VIDEO', count: resourceTotal }] : [],
    point: { id, name, kind, description: `${name}的说明`, jobPositions },
  };
}

/** Job positions a point may map to (what the course team is offered). */
export const JOB_POSITION_OPTIONS = [
  { id: '7', name: '数控车工' },
  { id: '8', name: '数控程序员' },
];

/**
 * 数控加工工艺与编程, four points: 工件坐标系设定 → 数控车削程序编写 (prerequisite), 加工路线确定 →
 * 数控车削程序编写, and 数控车削程序编写 contains G71 循环.
 */
export function smallCourseGraph(overrides: Partial<CourseKnowledgeGraphData> = {}): CourseKnowledgeGraphData {
  return {
    id: '3',
    graph: {
      canEdit: false,
      jobPositionOptions: [],
      nodes: [
        graphNode('11', '工件坐标系设定', { studyOrder: 1, step: 1, resourceTotal: 3 }),
        graphNode('12', '加工路线确定', { studyOrder: 2, step: 1, resourceTotal: 0 }),
        graphNode('13', '数控车削程序编写', { kind: 'SKILL', studyOrder: 3, step: 2, resourceTotal: 12 }),
        graphNode('14', 'G71 循环', { studyOrder: 4, step: 2, resourceTotal: 1 }),
      ],
      edges: [
        { id: '101', sourceId: '11', targetId: '13', kind: 'PREREQUISITE' },
        { id: '102', sourceId: '12', targetId: '13', kind: 'PREREQUISITE' },
        { id: '103', sourceId: '13', targetId: '14', kind: 'CONTAINS' },
      ],
    },
    coverage: null,
    ...overrides,
  };
}
