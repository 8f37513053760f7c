import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { libraryAutocompleteQuery, libraryLatestResourcesQuery, libraryResourcesQuery, type LibraryResourcesQuery } from '@zyk/shared';
import { useMemo } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';
import { ANY_OF_FACETS, FACETS, toFilterInput, toVariables, type FacetKey, type SearchState } from '../utils/search-state';

export type SearchResult = LibraryResourcesQuery['resources'];
export type ResourceCard = SearchResult['items'][number];
export type FacetBucket = SearchResult['facets']['types'][number];
export type Facets = Record<FacetKey, FacetBucket[]>;

const FACET_FIELD: Record<FacetKey, keyof Omit<SearchResult['facets'], '__typename'>> = {
  major: 'majors',
  course: 'courses',
  type: 'types',
  source: 'sources',
  point: 'knowledgePoints',
};

function pickFacets(facets: SearchResult['facets'] | undefined): Facets {
  const out = {} as Facets;
  for (const key of FACETS) out[key] = facets?.[FACET_FIELD[key]] ?? [];
  return out;
}

/** The facets of each facet query (a stable function, so useQueries keeps the combined array stable). */
const facetsOf = (results: { data?: LibraryResourcesQuery }[]) => results.map((result) => result.data?.resources.facets);

/**
 * One page of the library search and the facet counts to refine it. Public read by GET (cacheable for
 * anonymous visitors). The server counts each facet over the matches of every filter, which would hide
 * the other values of a facet once one is chosen; for the facets whose values are alternatives
 * (major, course, type, source) with a selection, one small extra query (one row) counts that facet
 * without its own selection, so visitors can pick several values.
 */
export function useLibrarySearch(state: SearchState) {
  const [language] = useLanguage();
  const variables = useMemo(() => toVariables(state), [state]);
  const main = useQuery({
    queryKey: ['library-search', variables, language],
    queryFn: ({ signal }) => graphqlRequest(libraryResourcesQuery, variables, { language, signal }),
    placeholderData: keepPreviousData,
    // Results depend on who is looking (visibility): come back to the page after logging in and see the truth.
    staleTime: 0,
  });

  const own = ANY_OF_FACETS.filter((key) => state.filters[key].length > 0);
  const ownFacets = useQueries({
    queries: own.map((key) => {
      const facetVariables = { query: state.q, filter: toFilterInput(state.filters, key), sort: 'RELEVANCE' as const, limit: 1, offset: 0 };
      return {
        queryKey: ['library-search', facetVariables, language],
        queryFn: ({ signal }: { signal: AbortSignal }) => graphqlRequest(libraryResourcesQuery, facetVariables, { language, signal }),
        placeholderData: keepPreviousData,
        staleTime: 0,
      };
    }),
    combine: facetsOf,
  });

  const mainFacets = main.data?.resources.facets;
  const ownKeys = own.join();
  const facets = useMemo(() => {
    const out = pickFacets(mainFacets);
    ownKeys.split(',').forEach((key, index) => {
      const counted = ownFacets[index];
      if (key && counted) out[key as FacetKey] = pickFacets(counted)[key as FacetKey];
    });
    return out;
  }, [mainFacets, ownKeys, ownFacets]);

  return { ...main, result: main.data?.resources, facets };
}

/** Titles completing `prefix` (most viewed first); nothing is asked for an empty prefix. */
export function useLibraryAutocomplete(prefix: string) {
  const [language] = useLanguage();
  const trimmed = prefix.trim();
  return useQuery({
    queryKey: ['library-autocomplete', trimmed, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(libraryAutocompleteQuery, { prefix: trimmed, limit: 8 }, { language, signal })).resourceAutocomplete,
    enabled: trimmed.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The newest published resources of a major (its home page). */
export function useLatestResources(majorId: string, limit = 6) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['library-latest', majorId, limit, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(libraryLatestResourcesQuery, { majorId, limit }, { language, signal })).resources,
    enabled: Boolean(majorId),
  });
}
