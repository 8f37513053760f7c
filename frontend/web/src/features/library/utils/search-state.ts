import type { ResourceFilterInput, ResourceSort, ResourceSource, ResourceType } from '@zyk/shared';

/**
 * The library search lives in the URL query string (`/resources?q=数控&type=video&page=2`), so a
 * search can be linked, bookmarked, and walked through with back/forward. This module is the one
 * place that reads and writes it.
 */

export const PAGE_SIZE = 20;
/** The server caps the offset only by the page size; very deep pages are not useful to people. */
export const MAX_PAGE = 500;

export const RESOURCE_TYPES = [
  'VIDEO',
  'AUDIO',
  'ANIMATION',
  'IMAGE',
  'DOCUMENT',
  'PRESENTATION',
  'SPREADSHEET',
  'SIMULATION',
  'TEXT',
  'LINK',
] as const satisfies readonly ResourceType[];

export const RESOURCE_SOURCES = ['ORIGINAL', 'ENTERPRISE_CASE', 'ADAPTED', 'THIRD_PARTY'] as const satisfies readonly ResourceSource[];

/** URL values of the sort order (relevance is the default and stays out of the URL). */
export const SORTS = { relevance: 'RELEVANCE', newest: 'NEWEST', views: 'MOST_VIEWED', downloads: 'MOST_DOWNLOADED' } as const;
export type SortKey = keyof typeof SORTS;

/** Refinements, by their URL parameter. Values are ids, or lower-case type / source codes. */
export const FACETS = ['major', 'course', 'type', 'source', 'point'] as const;
export type FacetKey = (typeof FACETS)[number];

/** The order facets are shown in: what people refine by most first. */
export const FACET_ORDER: readonly FacetKey[] = ['type', 'course', 'point', 'major', 'source'];

/**
 * Facets whose values are alternatives (any of them matches), so their counts are taken without
 * their own selection. Knowledge points are required together (all of them), so they narrow.
 */
export const ANY_OF_FACETS: readonly FacetKey[] = ['major', 'course', 'type', 'source'];

export interface SearchState {
  q: string;
  sort: SortKey;
  page: number;
  filters: Record<FacetKey, string[]>;
}

const ID = /^\d{1,12}$/;
const TYPE_VALUES = new Set<string>(RESOURCE_TYPES.map((t) => t.toLowerCase()));
const SOURCE_VALUES = new Set<string>(RESOURCE_SOURCES.map((s) => s.toLowerCase()));

const VALID: Record<FacetKey, (value: string) => boolean> = {
  major: (v) => ID.test(v),
  course: (v) => ID.test(v),
  point: (v) => ID.test(v),
  type: (v) => TYPE_VALUES.has(v),
  source: (v) => SOURCE_VALUES.has(v),
};

const MAX_QUERY_LENGTH = 100;

export function emptyFilters(): Record<FacetKey, string[]> {
  return { major: [], course: [], type: [], source: [], point: [] };
}

/** Reads the state from a query string; anything malformed is dropped, never an error. */
export function parseSearch(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACETS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase())
      .filter((value) => VALID[key](value));
    filters[key] = [...new Set(values)].slice(0, 20);
  }
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    sort: sort in SORTS ? (sort as SortKey) : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    filters,
  };
}

/** Writes the state as a query string (defaults left out, so the plain page is just `/resources`). */
export function searchToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACETS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The query-string path of a state, for links. */
export function searchPath(state: SearchState): string {
  const query = searchToParams(state).toString();
  return query ? `/resources?${query}` : '/resources';
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((key) => state.filters[key].length > 0);
}

/** Adds or removes one facet value; any change of the refinements goes back to page 1. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [key]: next } };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, page: 1, filters: emptyFilters() };
}

/** The API filter of a state, leaving out one facet (for that facet's own counts) when asked. */
export function toFilterInput(filters: Record<FacetKey, string[]>, without?: FacetKey): ResourceFilterInput {
  const pick = (key: FacetKey) => (key === without || !filters[key].length ? undefined : filters[key]);
  const input: ResourceFilterInput = {
    majorIds: pick('major'),
    courseIds: pick('course'),
    types: pick('type')?.map((v) => v.toUpperCase() as ResourceType),
    sources: pick('source')?.map((v) => v.toUpperCase() as ResourceSource),
    knowledgePointIds: pick('point'),
  };
  // Undefined keys vanish in JSON anyway; dropping them keeps query keys (and GET URLs) stable.
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ResourceFilterInput;
}

/** Variables of the search query for a state. */
export function toVariables(state: SearchState) {
  return {
    query: state.q,
    filter: toFilterInput(state.filters),
    sort: SORTS[state.sort] as ResourceSort,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}
