import type { CourseGraphFragment } from '@zyk/shared';
import { courseFacts, type CourseFacts } from './course-system';

/**
 * Turns a major's courses, skill points and job positions into the nodes, links and pixel
 * positions of the knowledge graph of the course system (C2).
 *
 * The layout is computed here rather than by ECharts' force layout so that it is deterministic
 * (same data, same picture; testable) and readable as a curriculum: on a desktop the columns go
 * foundation courses → core courses by prerequisite depth → skill points → job positions; on a
 * phone the same lanes are stacked as rows that fit the screen width.
 *
 * Coordinates are pixels inside a `width` × `height` box. Two invisible anchor nodes sit on its
 * corners so that ECharts (layout 'none') maps the box 1:1 onto the chart's view rectangle.
 */

export type LayoutMode = 'desktop' | 'phone';

/** Legend categories, in legend order; a node's `category` is an index into this list. */
export const CATEGORY_KEYS = ['foundation', 'core', 'skill', 'job'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export type GraphNodeKind = CategoryKey | 'lane' | 'anchor';
export type GraphLinkKind = 'prerequisite' | 'related' | 'contains' | 'mapsTo';
export type LabelPosition = 'bottom' | 'right' | 'inside';

/** What the tooltip of a node shows. */
export type GraphNodeInfo =
  | {
      type: 'course';
      kind: 'FOUNDATION' | 'CORE';
      hours: number;
      credits: number;
      skillPoints: string[];
      /** From the course's knowledge graph: point counts and the jobs its points map to (null when unknown). */
      facts: CourseFacts | null;
    }
  | { type: 'skill'; description: string; courseName: string; jobPositions: string[] }
  | { type: 'job'; description: string }
  | { type: 'lane' }
  | { type: 'anchor' };

export interface GraphNode {
  /** Unique in the graph: `course:<id>`, `skill:<id>`, `job:<id>`, `lane:<kind>`, `anchor:<n>`. */
  id: string;
  /** The API id of the course, skill point or job position ('' for lanes and anchors). */
  refId: string;
  name: string;
  kind: GraphNodeKind;
  /** Index into CATEGORY_KEYS; undefined for lane headers and anchors (never hidden by the legend). */
  category?: number;
  x: number;
  y: number;
  symbolSize: number;
  labelPosition: LabelPosition;
  /** Maximum label width in px; labels wrap (courses) or are truncated (others) beyond it. */
  labelWidth: number;
  info: GraphNodeInfo;
}

export interface GraphLink {
  id: string;
  source: string;
  target: string;
  kind: GraphLinkKind;
}

export interface CourseGraphLayout {
  mode: LayoutMode;
  width: number;
  height: number;
  nodes: GraphNode[];
  links: GraphLink[];
}

export interface BuildOptions {
  /** Available width in px (the chart container's width). */
  width: number;
  /** Defaults to layoutModeForWidth(width). */
  mode?: LayoutMode;
  /** Lane header texts, already translated; lanes are omitted when absent. */
  laneLabels?: Partial<Record<CategoryKey, string>>;
}

/** Below this width the graph is laid out in rows instead of columns. */
export const PHONE_MAX_WIDTH = 640;

export function layoutModeForWidth(width: number): LayoutMode {
  return width < PHONE_MAX_WIDTH ? 'phone' : 'desktop';
}

export const courseNodeId = (courseId: string) => `course:${courseId}`;
const skillNodeId = (skillId: string) => `skill:${skillId}`;
const jobNodeId = (jobId: string) => `job:${jobId}`;

/** The course a click on a node should open, or null when the node is not a course. */
export function courseIdFromNodeId(nodeId: unknown): string | null {
  if (typeof nodeId !== 'string' || !nodeId.startsWith('course:')) return null;
  const id = nodeId.slice('course:'.length);
  return id === '' ? null : id;
}

export const SYMBOL_SIZE: Record<CategoryKey, number> = { foundation: 26, core: 34, skill: 12, job: 22 };

type Course = CourseGraphFragment['courses'][number];
type SkillPoint = Course['skillPoints'][number];

interface Model {
  foundation: Course[];
  /** Core courses grouped by prerequisite depth among core courses (index = depth). */
  coreByDepth: Course[][];
  skills: { skill: SkillPoint; course: Course }[];
  jobs: { id: string; name: string; description: string }[];
  /** Prerequisite course ids of each course id. */
  prerequisitesOf: Map<string, string[]>;
  /** Skill point ids mapped to each job id. */
  skillsOfJob: Map<string, string[]>;
  links: GraphLink[];
  facts: Map<string, CourseFacts>;
}

function buildModel(major: CourseGraphFragment): Model {
  const courses = major.courses;
  const courseById = new Map(courses.map((course) => [course.id, course]));
  const prerequisitesOf = new Map<string, string[]>();
  const links: GraphLink[] = [];
  const seenLinks = new Set<string>();
  const addLink = (source: string, target: string, kind: GraphLinkKind) => {
    const key = kind === 'related' ? [source, target].sort().join('|') + kind : `${source}|${target}|${kind}`;
    if (source === target || seenLinks.has(key)) return;
    seenLinks.add(key);
    links.push({ id: `${kind}:${source}->${target}`, source, target, kind });
  };

  for (const relation of major.courseRelations) {
    const { source, target } = relation;
    if (!courseById.has(source.id) || !courseById.has(target.id)) continue;
    if (relation.kind === 'PREREQUISITE') {
      const list = prerequisitesOf.get(target.id) ?? [];
      if (!list.includes(source.id)) list.push(source.id);
      prerequisitesOf.set(target.id, list);
      addLink(courseNodeId(source.id), courseNodeId(target.id), 'prerequisite');
    } else {
      addLink(courseNodeId(source.id), courseNodeId(target.id), 'related');
    }
  }

  // Depth of a core course = 1 + the deepest core course it requires (foundation courses have
  // their own column). A cycle in bad data is cut where it is found instead of recursing forever.
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const coreDepth = (course: Course): number => {
    const known = depth.get(course.id);
    if (known !== undefined) return known;
    if (visiting.has(course.id)) return 0;
    visiting.add(course.id);
    let result = 0;
    for (const prerequisiteId of prerequisitesOf.get(course.id) ?? []) {
      const prerequisite = courseById.get(prerequisiteId);
      if (prerequisite?.kind === 'CORE') result = Math.max(result, coreDepth(prerequisite) + 1);
    }
    visiting.delete(course.id);
    depth.set(course.id, result);
    return result;
  };

  const foundation = courses.filter((course) => course.kind !== 'CORE');
  const coreByDepth: Course[][] = [];
  for (const course of courses.filter((c) => c.kind === 'CORE')) {
    const d = coreDepth(course);
    while (coreByDepth.length <= d) coreByDepth.push([]);
    coreByDepth[d].push(course);
  }
  const compactCore = coreByDepth.filter((group) => group.length > 0);

  const jobsById = new Map<string, { id: string; name: string; description: string }>();
  for (const job of major.jobPositions) jobsById.set(job.id, { ...job });
  const skills: Model['skills'] = [];
  const skillsOfJob = new Map<string, string[]>();
  for (const course of courses) {
    for (const skill of course.skillPoints) {
      skills.push({ skill, course });
      addLink(courseNodeId(course.id), skillNodeId(skill.id), 'contains');
      for (const job of skill.jobPositions) {
        if (!jobsById.has(job.id)) jobsById.set(job.id, { id: job.id, name: job.name, description: '' });
        skillsOfJob.set(job.id, [...(skillsOfJob.get(job.id) ?? []), skill.id]);
        addLink(skillNodeId(skill.id), jobNodeId(job.id), 'mapsTo');
      }
    }
  }

  return {
    foundation,
    coreByDepth: compactCore,
    skills,
    jobs: [...jobsById.values()],
    prerequisitesOf,
    skillsOfJob,
    links,
    facts: courseFacts(major),
  };
}

function courseInfo(course: Course, model: Model): GraphNodeInfo {
  return {
    type: 'course',
    kind: course.kind,
    hours: course.hours,
    credits: course.credits,
    skillPoints: course.skillPoints.map((skill) => skill.name),
    facts: model.facts.get(course.id) ?? null,
  };
}

function mean(values: number[]): number | undefined {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** Stable sort by a key; items without a key keep their place relative to their neighbours' keys. */
function orderByBarycenter<T>(items: T[], key: (item: T, index: number) => number | undefined): T[] {
  const fallback = (index: number) => (items.length <= 1 ? 0.5 : index / (items.length - 1));
  return items
    .map((item, index) => ({ item, index, k: key(item, index) ?? fallback(index) }))
    .sort((a, b) => a.k - b.k || a.index - b.index)
    .map((entry) => entry.item);
}

// ---------------------------------------------------------------------------------------------
// Desktop: columns

const DESKTOP = {
  top: 44,
  bottom: 28,
  left: 80,
  jobLabelWidth: 120,
  courseGap: 80,
  skillGap: 28,
  jobGap: 60,
  minInnerHeight: 380,
  maxSkillsPerColumn: 18,
};

function layoutDesktop(model: Model, width: number, laneLabels: BuildOptions['laneLabels']): GraphNode[] {
  const skillColumns = Math.max(1, Math.ceil(model.skills.length / DESKTOP.maxSkillsPerColumn));
  const courseColumns = (model.foundation.length ? 1 : 0) + model.coreByDepth.length;
  const columnCount = courseColumns + (model.skills.length ? skillColumns : 0) + (model.jobs.length ? 1 : 0);
  const right = DESKTOP.jobLabelWidth + 22;
  const span = Math.max(0, width - DESKTOP.left - right);
  const gap = columnCount > 1 ? span / (columnCount - 1) : 0;
  const columnX = (index: number) => (columnCount > 1 ? DESKTOP.left + index * gap : width / 2);

  const courseColumnHeights = [
    model.foundation.length,
    ...model.coreByDepth.map((group) => group.length),
  ].map((n) => n * DESKTOP.courseGap);
  const innerHeight = Math.max(
    DESKTOP.minInnerHeight,
    ...courseColumnHeights,
    Math.ceil(model.skills.length / skillColumns) * DESKTOP.skillGap,
    model.jobs.length * DESKTOP.jobGap,
  );
  const rowY = (index: number, count: number) => DESKTOP.top + ((index + 0.5) * innerHeight) / count;

  const nodes: GraphNode[] = [];
  const y = new Map<string, number>();
  const courseLabelWidth = Math.max(72, Math.min(150, gap - 14));
  let column = 0;

  const placeCourses = (courses: Course[], kind: 'foundation' | 'core') => {
    courses.forEach((course, index) => {
      const node: GraphNode = {
        id: courseNodeId(course.id),
        refId: course.id,
        name: course.name,
        kind,
        category: CATEGORY_KEYS.indexOf(kind),
        x: columnX(column),
        y: rowY(index, courses.length),
        symbolSize: SYMBOL_SIZE[kind],
        labelPosition: 'bottom',
        labelWidth: courseLabelWidth,
        info: courseInfo(course, model),
      };
      y.set(node.id, node.y);
      nodes.push(node);
    });
    column += 1;
  };

  const lanes: { key: CategoryKey; x: number }[] = [];
  if (model.foundation.length) {
    lanes.push({ key: 'foundation', x: columnX(column) });
    placeCourses(model.foundation, 'foundation');
  }
  const firstCoreColumn = column;
  for (const group of model.coreByDepth) {
    const ordered = orderByBarycenter(group, (course) =>
      mean((model.prerequisitesOf.get(course.id) ?? []).flatMap((id) => y.get(courseNodeId(id)) ?? [])),
    );
    placeCourses(ordered, 'core');
  }
  if (model.coreByDepth.length) {
    lanes.push({ key: 'core', x: (columnX(firstCoreColumn) + columnX(column - 1)) / 2 });
  }

  if (model.skills.length) {
    const ordered = orderByBarycenter(model.skills, (entry) => y.get(courseNodeId(entry.course.id)));
    const firstSkillColumn = column;
    // Several skill columns are filled in zigzag so that the top-to-bottom order is kept.
    const perColumn = Math.ceil(ordered.length / skillColumns);
    ordered.forEach(({ skill, course }, index) => {
      const node: GraphNode = {
        id: skillNodeId(skill.id),
        refId: skill.id,
        name: skill.name,
        kind: 'skill',
        category: CATEGORY_KEYS.indexOf('skill'),
        x: columnX(firstSkillColumn + (index % skillColumns)),
        y: DESKTOP.top + ((index + 0.5) * innerHeight) / (perColumn * skillColumns),
        symbolSize: SYMBOL_SIZE.skill,
        labelPosition: 'right',
        labelWidth: Math.max(60, gap - 22),
        info: {
          type: 'skill',
          description: skill.description,
          courseName: course.name,
          jobPositions: skill.jobPositions.map((job) => job.name),
        },
      };
      y.set(node.id, node.y);
      nodes.push(node);
    });
    lanes.push({ key: 'skill', x: (columnX(firstSkillColumn) + columnX(firstSkillColumn + skillColumns - 1)) / 2 });
    column += skillColumns;
  }

  if (model.jobs.length) {
    const ordered = orderByBarycenter(model.jobs, (job) =>
      mean((model.skillsOfJob.get(job.id) ?? []).flatMap((id) => y.get(skillNodeId(id)) ?? [])),
    );
    ordered.forEach((job, index) => {
      nodes.push({
        id: jobNodeId(job.id),
        refId: job.id,
        name: job.name,
        kind: 'job',
        category: CATEGORY_KEYS.indexOf('job'),
        x: columnX(column),
        y: rowY(index, ordered.length),
        symbolSize: SYMBOL_SIZE.job,
        labelPosition: 'right',
        labelWidth: DESKTOP.jobLabelWidth,
        info: { type: 'job', description: job.description },
      });
    });
    lanes.push({ key: 'job', x: columnX(column) });
  }

  for (const lane of lanes) {
    const label = laneLabels?.[lane.key];
    if (!label) continue;
    nodes.push(laneNode(lane.key, label, lane.x, 16, Math.min(160, Math.max(80, gap))));
  }
  return withAnchors(nodes, width, DESKTOP.top + innerHeight + DESKTOP.bottom);
}

// ---------------------------------------------------------------------------------------------
// Phone: stacked rows

const PHONE = {
  laneHeight: 30,
  courseRow: 68,
  skillRow: 23,
  skillColumns: 2,
  jobRow: 52,
  coursesPerRow: 3,
  jobsPerRow: 3,
  bottom: 8,
};

function layoutPhone(model: Model, width: number, laneLabels: BuildOptions['laneLabels']): GraphNode[] {
  const nodes: GraphNode[] = [];
  let cursor = 0;

  const lane = (key: CategoryKey) => {
    const label = laneLabels?.[key];
    if (label) nodes.push(laneNode(key, label, width / 2, cursor + PHONE.laneHeight / 2, width));
    cursor += label ? PHONE.laneHeight : 8;
  };

  /** Places items in rows of `perRow`, each item centred in an equal cell; returns cell width. */
  const rows = <T>(items: T[], perRow: number, rowHeight: number, make: (item: T, x: number, y: number, cell: number) => void) => {
    const cell = width / perRow;
    for (let start = 0; start < items.length; start += perRow) {
      const row = items.slice(start, start + perRow);
      const offset = (width - row.length * cell) / 2;
      // Symbols sit in the upper part of the row, labels below them.
      const y = cursor + 18;
      row.forEach((item, index) => make(item, offset + (index + 0.5) * cell, y, cell));
      cursor += rowHeight;
    }
  };

  const placeCourses = (courses: Course[], kind: 'foundation' | 'core') =>
    rows(courses, PHONE.coursesPerRow, PHONE.courseRow, (course, x, y, cell) =>
      nodes.push({
        id: courseNodeId(course.id),
        refId: course.id,
        name: course.name,
        kind,
        category: CATEGORY_KEYS.indexOf(kind),
        x,
        y,
        symbolSize: SYMBOL_SIZE[kind] - 6,
        labelPosition: 'bottom',
        labelWidth: Math.floor(cell - 8),
        info: courseInfo(course, model),
      }),
    );

  if (model.foundation.length) {
    lane('foundation');
    placeCourses(model.foundation, 'foundation');
  }
  if (model.coreByDepth.length) {
    lane('core');
    for (const group of model.coreByDepth) placeCourses(group, 'core');
  }
  if (model.skills.length) {
    lane('skill');
    // Skill points in columns under the courses they belong to (left courses → left column), each
    // column filled top to bottom, labels to the right of the marker: fewer crossing lines.
    const courseX = new Map(nodes.filter((n) => n.kind === 'foundation' || n.kind === 'core').map((n) => [n.refId, n.x]));
    const ordered = orderByBarycenter(model.skills, (entry) => (courseX.get(entry.course.id) ?? 0) / width);
    const columns = Math.min(PHONE.skillColumns, ordered.length);
    const perColumn = Math.ceil(ordered.length / columns);
    const cell = width / columns;
    const top = cursor + 12;
    ordered.forEach(({ skill, course }, index) => {
      const column = Math.floor(index / perColumn);
      nodes.push({
        id: skillNodeId(skill.id),
        refId: skill.id,
        name: skill.name,
        kind: 'skill',
        category: CATEGORY_KEYS.indexOf('skill'),
        x: column * cell + 12,
        y: top + (index % perColumn) * PHONE.skillRow,
        symbolSize: SYMBOL_SIZE.skill - 2,
        labelPosition: 'right',
        labelWidth: Math.floor(cell - 12 - 5 - 6 - 4),
        info: {
          type: 'skill',
          description: skill.description,
          courseName: course.name,
          jobPositions: skill.jobPositions.map((job) => job.name),
        },
      });
    });
    cursor += perColumn * PHONE.skillRow + 4;
  }
  if (model.jobs.length) {
    lane('job');
    rows(model.jobs, PHONE.jobsPerRow, PHONE.jobRow, (job, x, y, cell) =>
      nodes.push({
        id: jobNodeId(job.id),
        refId: job.id,
        name: job.name,
        kind: 'job',
        category: CATEGORY_KEYS.indexOf('job'),
        x,
        y,
        symbolSize: SYMBOL_SIZE.job - 4,
        labelPosition: 'bottom',
        labelWidth: Math.floor(cell - 8),
        info: { type: 'job', description: job.description },
      }),
    );
  }
  return withAnchors(nodes, width, cursor + PHONE.bottom);
}

// ---------------------------------------------------------------------------------------------

function laneNode(key: CategoryKey, label: string, x: number, y: number, labelWidth: number): GraphNode {
  return {
    id: `lane:${key}`,
    refId: '',
    name: label,
    kind: 'lane',
    x,
    y,
    symbolSize: 0,
    labelPosition: 'inside',
    labelWidth,
    info: { type: 'lane' },
  };
}

function withAnchors(nodes: GraphNode[], width: number, height: number): GraphNode[] {
  const anchor = (n: number, x: number, y: number): GraphNode => ({
    id: `anchor:${n}`,
    refId: '',
    name: '',
    kind: 'anchor',
    x,
    y,
    symbolSize: 0,
    labelPosition: 'inside',
    labelWidth: 0,
    info: { type: 'anchor' },
  });
  return [...nodes, anchor(0, 0, 0), anchor(1, width, Math.ceil(height))];
}

export function buildCourseGraph(major: CourseGraphFragment, options: BuildOptions): CourseGraphLayout {
  const width = Math.max(240, Math.floor(options.width));
  const mode = options.mode ?? layoutModeForWidth(width);
  const model = buildModel(major);
  const nodes =
    mode === 'phone' ? layoutPhone(model, width, options.laneLabels) : layoutDesktop(model, width, options.laneLabels);
  const height = Math.max(...nodes.map((node) => node.y));
  return { mode, width, height, nodes, links: model.links };
}
