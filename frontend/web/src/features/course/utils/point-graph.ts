import type { KnowledgeGraphData, KnowledgeGraphNodeData } from '../api/knowledge-graph';

/**
 * Turns a course's knowledge graph (points in study order, prerequisite and contains edges) into
 * what the page shows: the study-order list grouped by step, and the nodes, links and positions
 * of the chart. Positions are computed here rather than by a force layout so that the picture is
 * deterministic and reads as a curriculum: step 1 on the left (desktop) or at the top (phone).
 *
 * Once the course team has dragged points (M7 graph editor), their saved positions win. They are in
 * graph units — a frame FRAME_WIDTH units wide whatever the screen — so every screen shows the same
 * arrangement; points never arranged keep their place by step, moved down when a placed point is
 * already there (a force layout would move them on every load).
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
  /** Whether the team placed it (saved, or dragged here and being saved). */
  placed: boolean;
  /** Width of its label (pixels): narrower when a neighbour on about the same line is close. */
  labelWidth: number;
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
  /** Whether the team arranged any point (saved positions are used) or the steps decide. */
  arranged: boolean;
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

/** A position in graph units (what knowledgeGraphLayoutSave stores). */
export interface PointPosition {
  x: number;
  y: number;
}

/** Saved positions are in a frame this many graph units wide, whatever the screen. */
export const FRAME_WIDTH = 1000;
/** On narrow screens heights shrink less than widths, so labels keep some room. */
const MIN_Y_SCALE = 0.7;
/** Largest y in graph units (the server refuses far beyond; the SPA keeps points near the frame). */
export const FRAME_MAX_Y = 20000;
/** Points stay this far below the top of the frame (graph units), so nothing is cut. */
const FRAME_TOP = 30;

/**
 * How graph units map to the chart's pixels at `width`: x from `side` to `width - side` (room for
 * half a label at either edge), y from 0 down, shrinking less than x on narrow screens.
 */
export function frameScale(width: number): { kx: number; ky: number; side: number } {
  const side = width < PHONE_MAX_WIDTH ? 44 : 64;
  const kx = Math.max(width - side * 2, 1) / FRAME_WIDTH;
  return { kx, ky: Math.max(kx, MIN_Y_SCALE), side };
}

/** A chart position (pixels at `width`) in graph units, kept inside the frame. */
export function toGraphUnits(x: number, y: number, width: number): PointPosition {
  const { kx, ky, side } = frameScale(width);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    x: round(Math.min(Math.max((x - side) / kx, 0), FRAME_WIDTH)),
    y: round(Math.min(Math.max(y / ky, FRAME_TOP), FRAME_MAX_Y)),
  };
}

/** Pixels at `width` of a position in graph units. */
export function fromGraphUnits(position: PointPosition, width: number): { x: number; y: number } {
  const { kx, ky, side } = frameScale(width);
  return { x: side + position.x * kx, y: position.y * ky };
}

const LABEL_LINE = 30; // labels of points closer than this vertically are on about the same line
const MIN_LABEL = 36;

/** A label's full width: a phone's are narrower. */
export function labelWidth(mode: PointGraphLayout['mode']): number {
  return mode === 'phone' ? 84 : 120;
}

/** An arranged graph is as tall as its lowest point needs, and at least this. */
const MIN_ARRANGED_HEIGHT = 220;

/** Closer than this (pixels) and a point never arranged is moved down, off a placed one. */
const CLEARANCE = 44;

/**
 * The chart's layout at `width`: by step, or — once the team arranged points — their positions.
 * `moved` holds positions dragged on this page and not yet in `graph` (graph units, by point id).
 */
export function buildPointGraph(
  graph: KnowledgeGraphData,
  width: number,
  moved: ReadonlyMap<string, PointPosition> = new Map(),
): PointGraphLayout {
  const steps = buildStepGraph(graph, width);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const saved = (id: string): PointPosition | null => {
    const node = byId.get(id);
    if (moved.has(id)) return moved.get(id) ?? null;
    return node && node.x != null && node.y != null ? { x: node.x, y: node.y } : null;
  };
  if (!steps.nodes.some((node) => saved(node.id))) return steps;
  const nodes = steps.nodes.map((node) => {
    const position = saved(node.id);
    return position ? { ...node, ...fromGraphUnits(position, width), placed: true } : node;
  });
  const taken = nodes.filter((node) => node.placed);
  for (const node of nodes) {
    if (node.placed) continue;
    for (let tries = 0; tries < 200 && taken.some((other) => Math.hypot(other.x - node.x, other.y - node.y) < CLEARANCE); tries += 1) {
      node.y += CLEARANCE;
    }
    taken.push(node);
  }
  const height = Math.max(MIN_ARRANGED_HEIGHT, ...nodes.map((node) => node.y + PAD));
  // An arrangement made on a wide screen is narrower on a phone: labels give way to their neighbours.
  const widest = labelWidth(steps.mode);
  for (const node of nodes) {
    const gaps = nodes.filter((other) => other !== node && Math.abs(other.y - node.y) < LABEL_LINE).map((other) => Math.abs(other.x - node.x));
    node.labelWidth = Math.round(Math.min(widest, Math.max(MIN_LABEL, Math.min(Infinity, ...gaps) - 8)));
  }
  return { ...steps, arranged: true, height, nodes };
}

function buildStepGraph(graph: KnowledgeGraphData, width: number): PointGraphLayout {
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
        placed: false,
        labelWidth: labelWidth(mode),
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
  return { mode, arranged: false, width, height, nodes, links };
}
