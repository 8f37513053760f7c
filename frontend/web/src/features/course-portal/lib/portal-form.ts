import type { CourseLevel, CoursePortalInput, GoalKind, PortalTemplate, TeacherRole } from '@zyk/shared';
import type { PortalDraftData } from '../api/course-portal';

export const GOAL_KIND_ORDER: GoalKind[] = ['KNOWLEDGE', 'SKILL', 'QUALITY'];
/** One colour per assessed part, in order (the portal's bars and the editor's sum). */
export const WEIGHT_COLORS = ['#0d47b5', '#0b7d6e', '#b85c00', '#7a35e0', '#c0392b', '#2d6a4f', '#5b6b8c'];

export interface GoalRow {
  text: string;
}

export interface ModuleRow {
  id: string | null;
  title: string;
  hours: number | null;
  summary: string;
}

export interface MethodRow {
  name: string;
  description: string;
}

export interface AssessmentRow {
  name: string;
  weight: number | null;
  description: string;
}

export interface TeacherRow {
  id: string | null;
  name: string;
  title: string;
  organisation: string;
  role: TeacherRole;
  bio: string;
  /** Shown only; photos are managed in the admin. */
  photoUrl: string | null;
}

/** The editor's form: goals by kind, the other lists as rows that keep their ids. */
export interface PortalFormValues {
  template: PortalTemplate;
  level: CourseLevel;
  summary: string;
  intro: string;
  goals: Record<GoalKind, GoalRow[]>;
  modules: ModuleRow[];
  methods: MethodRow[];
  assessment: AssessmentRow[];
  teachers: TeacherRow[];
}

/** The form as the newest revision has it. */
export function formValuesFrom(draft: PortalDraftData): PortalFormValues {
  const { portal } = draft;
  const goals = Object.fromEntries(
    GOAL_KIND_ORDER.map((kind) => [kind, portal.standard.goals.filter((g) => g.kind === kind).map((g) => ({ text: g.text }))]),
  ) as Record<GoalKind, GoalRow[]>;
  return {
    template: portal.template,
    level: portal.level,
    summary: portal.summary,
    intro: portal.introSource,
    goals,
    modules: portal.standard.modules.map((m) => ({ id: m.id ?? null, title: m.title, hours: m.hours, summary: m.summary })),
    methods: portal.standard.methods.map((m) => ({ name: m.name, description: m.description })),
    assessment: portal.standard.assessment.map((a) => ({ name: a.name, weight: a.weight, description: a.description })),
    teachers: portal.teachers.map((t) => ({
      id: t.id ?? null,
      name: t.name,
      title: t.title,
      organisation: t.organisation,
      role: t.role,
      bio: t.bio,
      photoUrl: t.photoUrl ?? null,
    })),
  };
}

const text = (value: string | null | undefined) => (value ?? '').trim();

/** The sum of the assessment weights (empty weights count 0). */
export function weightSum(rows: readonly (Partial<AssessmentRow> | undefined)[] | undefined): number {
  return (rows ?? []).reduce((sum, row) => sum + (Number(row?.weight) || 0), 0);
}

/** Weights are fine when there is no assessment at all or they add up to 100. */
export const weightsValid = (rows: readonly (Partial<AssessmentRow> | undefined)[] | undefined) =>
  !rows?.length || weightSum(rows) === 100;

/** The mutation input: every list in the form's order, goals grouped by kind, ids kept. */
export function portalInputFrom(values: PortalFormValues): CoursePortalInput {
  return {
    template: values.template,
    level: values.level,
    summary: text(values.summary),
    intro: values.intro ?? '',
    goals: GOAL_KIND_ORDER.flatMap((kind) => (values.goals?.[kind] ?? []).map((goal) => ({ kind, text: text(goal?.text) }))),
    modules: (values.modules ?? []).map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      title: text(m.title),
      hours: Number(m.hours) || 0,
      summary: text(m.summary),
    })),
    methods: (values.methods ?? []).map((m) => ({ name: text(m.name), description: text(m.description) })),
    assessment: (values.assessment ?? []).map((a) => ({ name: text(a.name), weight: Number(a.weight) || 0, description: text(a.description) })),
    teachers: (values.teachers ?? []).map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      name: text(t.name),
      title: text(t.title),
      organisation: text(t.organisation),
      role: t.role,
      bio: text(t.bio),
    })),
  };
}

/** A stable text of what would be saved, to tell whether the form differs from the stored draft. */
export const fingerprint = (values: PortalFormValues) => JSON.stringify(portalInputFrom(values));
