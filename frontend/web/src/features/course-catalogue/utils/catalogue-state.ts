import type { CourseKind, CourseLevel } from '@zyk/shared';

/**
 * The catalogue's filters live in the URL query string (`/courses?kind=core&level=advanced&page=2`), so
 * a filtered list can be shared and walked through with back/forward. This module is the one place that
 * reads and writes it; anything malformed in a URL is dropped, never an error.
 */

/** 12 fills rows of 2, 3 and 4 cards. */
export const PAGE_SIZE = 12;
export const MAX_PAGE = 200;
const MAX_QUERY_LENGTH = 100;

export const KINDS = ['FOUNDATION', 'CORE'] as const satisfies readonly CourseKind[];
export const LEVELS = ['INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED'] as const satisfies readonly CourseLevel[];

/** The single-choice filters, by their URL parameter. */
export const FILTERS = ['major', 'kind', 'level'] as const;
export type FilterKey = (typeof FILTERS)[number];

export interface CatalogueState {
  /** Major code, e.g. 460103. */
  major: string;
  kind: CourseKind | null;
  level: CourseLevel | null;
  q: string;
  page: number;
}

export const EMPTY_STATE: CatalogueState = { major: '', kind: null, level: null, q: '', page: 1 };

const MAJOR_CODE = /^[0-9A-Za-z]{2,12}$/;

function pick<T extends string>(values: readonly T[], raw: string | null): T | null {
  const value = (raw ?? '').trim().toUpperCase();
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseCatalogue(params: URLSearchParams): CatalogueState {
  const major = (params.get('major') ?? '').trim();
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    major: MAJOR_CODE.test(major) ? major : '',
    kind: pick(KINDS, params.get('kind')),
    level: pick(LEVELS, params.get('level')),
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** Defaults stay out of the URL, so the unfiltered catalogue is just `/courses`; values are lower case. */
export function catalogueToParams(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.major) params.set('major', state.major);
  if (state.kind) params.set('kind', state.kind.toLowerCase());
  if (state.level) params.set('level', state.level.toLowerCase());
  if (state.q) params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The path of a state, for links (e.g. a major's 全部课程). */
export function cataloguePath(state: Partial<CatalogueState> = {}): string {
  const query = catalogueToParams({ ...EMPTY_STATE, ...state }).toString();
  return query ? `/courses?${query}` : '/courses';
}

/** Sets one filter (null or '' for 全部); any change of the filters goes back to page 1. */
export function setFilter<K extends FilterKey>(state: CatalogueState, key: K, value: CatalogueState[K]): CatalogueState {
  return { ...state, [key]: value, page: 1 };
}

/** 清除筛选: every filter off, the words kept. */
export function clearFilters(state: CatalogueState): CatalogueState {
  return { ...state, major: '', kind: null, level: null, page: 1 };
}

export function setQuery(state: CatalogueState, q: string): CatalogueState {
  return { ...state, q: q.trim().slice(0, MAX_QUERY_LENGTH), page: 1 };
}

/** How many filters are chosen (the badge of the phone's 筛选 button). */
export function activeFilterCount(state: CatalogueState): number {
  return FILTERS.filter((key) => Boolean(state[key])).length;
}

/** Filters or words: something narrows the list. */
export function isNarrowed(state: CatalogueState): boolean {
  return activeFilterCount(state) > 0 || state.q !== '';
}

/** Variables of the catalogue query (unset filters are null: the API's 'any'). */
export function toVariables(state: CatalogueState) {
  return {
    major: state.major || null,
    kind: state.kind,
    level: state.level,
    search: state.q || null,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}
