import type { BatchItemInput, ResourceInput, ResourceType } from '@zyk/shared';
import type { BatchItem } from '../api/batches';

/** What the person changed on one row of the batch report (only changed fields are present). */
export interface ItemOverride {
  title?: string;
  type?: ResourceType;
  majorId?: string;
  /** "" clears the recognised course (and so its module and points). */
  courseId?: string;
  moduleId?: string;
  knowledgePointIds?: string[];
}

export interface RowValues {
  title: string | undefined;
  type: ResourceType | undefined;
  majorId: string | undefined;
  courseId: string | undefined;
  moduleId: string | undefined;
  knowledgePointIds: string[] | undefined;
}

/** The values of a row as recognised (before overrides). */
export function recognisedValues(item: BatchItem): RowValues {
  const r = item.recognised;
  return {
    title: r.title,
    type: r.type ?? undefined,
    majorId: r.majorId ?? undefined,
    courseId: r.courseId ?? undefined,
    moduleId: r.moduleId ?? undefined,
    knowledgePointIds: r.knowledgePointIds,
  };
}

/** The values a row will be created with: recognised, with the person's changes on top. */
export function effectiveValues(item: BatchItem, override: ItemOverride | undefined): RowValues {
  const base = recognisedValues(item);
  if (!override) return base;
  const out = { ...base };
  for (const key of Object.keys(override) as (keyof ItemOverride)[]) {
    const value = override[key];
    (out as Record<string, unknown>)[key] = value === '' ? undefined : value;
  }
  return out;
}

const sameList = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === (b ?? [])[i]);

/** The drawer's values → only what differs from what was recognised (an emptied relation becomes ""). */
export function overrideFrom(item: BatchItem, values: Partial<RowValues>): ItemOverride | undefined {
  const base = recognisedValues(item);
  const out: ItemOverride = {};
  const title = (values.title ?? '').trim();
  if (title !== (base.title ?? '').trim()) out.title = title;
  if (values.type && values.type !== base.type) out.type = values.type;
  for (const key of ['majorId', 'courseId', 'moduleId'] as const) {
    const value = values[key] ?? '';
    if (value !== (base[key] ?? '')) out[key] = value;
  }
  if (!sameList(values.knowledgePointIds, base.knowledgePointIds)) out.knowledgePointIds = values.knowledgePointIds ?? [];
  return Object.keys(out).length ? out : undefined;
}

/** Rows that committing would create: ready and not skipped, or failed with a change to try again. */
export function willCreate(item: BatchItem, override: ItemOverride | undefined, skipped: boolean): boolean {
  if (skipped) return false;
  if (item.status === 'READY') return true;
  return item.status === 'FAILED' && Boolean(item.file) && Boolean(override);
}

/** resourceBatchCommit's `items`: every override (as a ResourceInput) and every skip. */
export function commitItems(
  items: BatchItem[],
  overrides: Record<string, ItemOverride | undefined>,
  skipped: Set<string>,
): BatchItemInput[] {
  const out: BatchItemInput[] = [];
  for (const item of items) {
    const skip = skipped.has(item.id) && item.status === 'READY';
    const override = overrides[item.id];
    const usable = override && (item.status === 'READY' || (item.status === 'FAILED' && item.file));
    if (!skip && !usable) continue;
    const entry: BatchItemInput = { itemId: item.id };
    if (skip) entry.skip = true;
    else if (override) entry.input = { ...override } as ResourceInput;
    out.push(entry);
  }
  return out;
}

/** The recognised `origins` (a JSON string from the API, or already an object): attribute → where from. */
export function parseOrigins(raw: unknown): Record<string, string> {
  if (!raw) return {};
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }
  return typeof raw === 'object' ? (raw as Record<string, string>) : {};
}
