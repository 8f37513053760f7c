import { clearFilters, parseSearch, searchPath, searchToParams, toFilterInput, toggleFilter, toVariables } from './search-state';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('library search state in the URL', () => {
  it('reads words, refinements, order and page', () => {
    const state = parse('q=数控 加工&type=video&type=image&course=9&point=12&sort=views&page=3');
    expect(state).toEqual({
      q: '数控 加工',
      sort: 'views',
      page: 3,
      filters: { major: [], course: ['9'], type: ['video', 'image'], source: [], point: ['12'] },
    });
  });

  it('drops what it does not understand instead of failing', () => {
    const state = parse('type=VIDEO,nonsense&course=abc&source=enterprise_case&sort=best&page=-2');
    expect(state.filters.type).toEqual(['video']);
    expect(state.filters.course).toEqual([]);
    expect(state.filters.source).toEqual(['enterprise_case']);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
  });

  it('writes back the same state, leaving defaults out', () => {
    const state = parse('q=数控&type=video&sort=newest&page=2');
    expect(parseSearch(searchToParams(state))).toEqual(state);
    expect(searchPath(parse(''))).toBe('/resources');
    expect(searchPath(parse('sort=relevance&page=1'))).toBe('/resources');
  });

  it('goes back to page 1 when the refinements change', () => {
    const state = parse('q=数控&page=4');
    const added = toggleFilter(state, 'type', 'video');
    expect(added.page).toBe(1);
    expect(added.filters.type).toEqual(['video']);
    expect(toggleFilter(added, 'type', 'video').filters.type).toEqual([]);
    expect(clearFilters({ ...added, page: 3 })).toMatchObject({ q: '数控', page: 1, filters: { type: [] } });
  });

  it('turns the state into API variables, one facet left out for its own counts', () => {
    const state = parse('q=数控&type=video&source=original&point=12&page=2');
    expect(toVariables(state)).toEqual({
      query: '数控',
      filter: { types: ['VIDEO'], sources: ['ORIGINAL'], knowledgePointIds: ['12'] },
      sort: 'RELEVANCE',
      limit: 20,
      offset: 20,
    });
    expect(toFilterInput(state.filters, 'type')).toEqual({ sources: ['ORIGINAL'], knowledgePointIds: ['12'] });
  });
});
