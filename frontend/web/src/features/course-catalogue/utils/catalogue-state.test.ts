import {
  catalogueToParams,
  cataloguePath,
  clearFilters,
  EMPTY_STATE,
  parseCatalogue,
  setFilter,
  setQuery,
  toVariables,
} from './catalogue-state';

const parse = (query: string) => parseCatalogue(new URLSearchParams(query));

describe('catalogue state in the URL', () => {
  it('reads major, kind, level, words and page', () => {
    expect(parse('major=460103&kind=core&level=advanced&q=数控&page=3')).toEqual({
      major: '460103',
      kind: 'CORE',
      level: 'ADVANCED',
      q: '数控',
      page: 3,
    });
  });

  it('drops what is malformed instead of failing', () => {
    expect(parse('major=<script>&kind=elective&level=expert&page=-2')).toEqual(EMPTY_STATE);
    expect(parse('page=abc').page).toBe(1);
    expect(parse(`q=${'数'.repeat(300)}`).q).toHaveLength(100);
  });

  it('writes lower-case values and leaves defaults out, and reads back what it wrote', () => {
    const state = { major: '460103', kind: 'FOUNDATION' as const, level: 'INTRODUCTORY' as const, q: '制图', page: 2 };
    expect(catalogueToParams(state).toString()).toBe('major=460103&kind=foundation&level=introductory&q=%E5%88%B6%E5%9B%BE&page=2');
    expect(parseCatalogue(catalogueToParams(state))).toEqual(state);
    expect(catalogueToParams(EMPTY_STATE).toString()).toBe('');
    expect(cataloguePath()).toBe('/courses');
    expect(cataloguePath({ major: '460103' })).toBe('/courses?major=460103');
  });

  it('a filter or new words go back to page 1; clearing the filters keeps the words', () => {
    const state = { ...EMPTY_STATE, kind: 'CORE' as const, q: '数控', page: 4 };
    expect(setFilter(state, 'level', 'ADVANCED')).toEqual({ ...state, level: 'ADVANCED', page: 1 });
    expect(setQuery(state, '  铣削 ')).toEqual({ ...state, q: '铣削', page: 1 });
    expect(clearFilters({ ...state, major: '460103' })).toEqual({ ...EMPTY_STATE, q: '数控' });
  });

  it('turns the state into the query variables (unset filters are null)', () => {
    expect(toVariables(parse('kind=core&level=advanced&page=2'))).toEqual({
      major: null,
      kind: 'CORE',
      level: 'ADVANCED',
      search: null,
      limit: 12,
      offset: 12,
    });
  });
});
