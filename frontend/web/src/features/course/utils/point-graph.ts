import type { KnowledgeGraphData, KnowledgeGraphNodeData } from '../api/knowledge-graph';

/**
 * Turns a course's knowledge graph (points in study order, prerequisite and contains edges) into
 * what the page shows: the study-order list grouped by step, and the nodes, links and positions
 * of the chart. Positions are computed here rather than by a force layout so that the picture is
 * deterministic and reads as a curriculum: step 1 on the left (desktop) or at the top (phone).
 */

export type PointKind = 'KNOWLEDGE' | 'SKILL';
export type PointLinkKind = 'PREREQUISITE' | 'CONTAINS';

export interface StudyItem {
  node: KnowledgeGraphNodeData;
  /** Names of the points to study first (its direct prerequisites), in study order. */
  studyFirst: string[];
  /** Names of the points it contains. */
  contains: string[];
}

export interface StudyStep {
  step: number;
  items: StudyItem[];
}

/** The points grouped by step (1 = no prerequisite), each group in study order. */
export function buildStudySteps(graph: KnowledgeGraphData): StudyStep[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const related = (id: string, kind: PointLinkKind, side: 'sourceId' | 'targetId') =>
    graph.edges
      .filter((edge) => edge.kind === kind && edge[side === 'sourceId' ? 'targetId' : 'sourceId'] === id)
      .map((edge) => byId.get(edge[side]))
      .filter((node): node is KnowledgeGraphNodeData => Boolean(node))
      .sort((a, b) => a.studyOrder - b.studyOrder)
      .map((node) => node.point.name);
  const steps = new Map<number, StudyItem[]>();
  for (const node of [...graph.nodes].sort((a, b) => a.studyOrder - b.studyOrder)) {
    const items = steps.get(node.step) ?? [];
    items.push({
      node,
      studyFirst: related(node.id, 'PREREQUISITE', 'sourceId'),
      contains: related(node.id, 'CONTAINS', 'targetId'),
    });
    steps.set(node.step, items);
  }
  return [...steps.entries()].sort(([a], [b]) => a - b).map(([step, items]) => ({ step, items }));
}

export interface PointGraphNode {
  id: string;
  name: string;
  kind: PointKind;
  /** 0 = knowledge point, 1 = skill point (the chart's legend categories). */
  category: 0 | 1;
  step: number;
  resourceTotal: number;
  x: number;
  y: number;
  symbolSize: number;
}

export interface PointGraphLink {
  id: string;
  source: string;
  target: string;
  kind: PointLinkKind;
  /** Prerequisites point at what comes after them; contains links have no arrow. */
  arrow: boolean;
}

export interface PointGraphLayout {
  mode: 'desktop' | 'phone';
  width: number;
  height: number;
  nodes: PointGraphNode[];
  links: PointGraphLink[];
}

/** Below this width the steps are stacked as rows instead of columns. */
export const PHONE_MAX_WIDTH = 640;

/** A point with no resources is small; each resource makes it bigger, up to 10. */
export function pointSymbolSize(resourceTotal: number): number {
  return 16 + Math.min(Math.max(resourceTotal, 0), 10) * 2.4;
}

const PAD = 48; // room for a label below a point
const SIDE_PAD = 72; // room for half a label beside a point at the edge (desktop)
const ROW = 78; // desktop: vertical distance between points of one step
const PHONE_ROW = 96; // phone: vertical distance between steps

export function buildPointGraph(graph: KnowledgeGraphData, width: number): PointGraphLayout {
  const mode = width < PHONE_MAX_WIDTH ? 'phone' : 'desktop';
  const steps = buildStudySteps(graph);
  const ids = new Set(graph.nodes.map((node) => node.id));
  const widest = Math.max(1, ...steps.map((s) => s.items.length));
  const height =
    mode === 'desktop' ? Math.max(280, PAD * 2 + (widest - 1) * ROW) : Math.max(220, PAD * 2 + (steps.length - 1) * PHONE_ROW);
  const nodes: PointGraphNode[] = [];
  steps.forEach(({ items }, stepIndex) => {
    items.forEach(({ node }, index) => {
      const spread = (length: number, count: number) => (count === 1 ? length / 2 : PAD + (index * (length - PAD * 2)) / (count - 1));
      const along = (length: number, count: number, pad: number) =>
        count === 1 ? length / 2 : pad + (stepIndex * (length - pad * 2)) / (count - 1);
      const kind = node.point.kind as PointKind;
      nodes.push({
        id: node.id,
        name: node.point.name,
        kind,
        category: kind === 'SKILL' ? 1 : 0,
        step: node.step,
        resourceTotal: node.resourceTotal,
        x: mode === 'desktop' ? along(width, steps.length, SIDE_PAD) : spread(width, items.length),
        y: mode === 'desktop' ? spread(height, items.length) : along(height, steps.length, PAD),
        symbolSize: pointSymbolSize(node.resourceTotal),
      });
    });
  });
  const links = graph.edges
    .filter((edge) => ids.has(edge.sourceId) && ids.has(edge.targetId))
    .map((edge) => ({
      id: edge.id,
      source: edge.sourceId,
      target: edge.targetId,
      kind: edge.kind as PointLinkKind,
      arrow: edge.kind === 'PREREQUISITE',
    }));
  return { mode, width, height, nodes, links };
}
