import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { libraryResourcesQuery, type LibraryResourcesQuery, type ResourceType } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type LibraryHit = LibraryResourcesQuery['resources']['items'][number];

export const SEARCH_PAGE_SIZE = 10;

export interface LibrarySearchInput {
  query: string;
  type: ResourceType | null;
  /** Only resources filed under this course. */
  courseId: string | null;
  page: number;
}

/**
 * The library's own search (the same query and ranking as /resources) inside the builder: published
 * resources the viewer may open, by relevance when there is a query, newest first otherwise.
 */
export function useBuilderLibrarySearch({ query, type, courseId, page }: LibrarySearchInput, enabled = true) {
  const [language] = useLanguage();
  const q = query.trim();
  const filter = {
    ...(type ? { types: [type] } : {}),
    ...(courseId ? { courseIds: [courseId] } : {}),
  };
  const variables = {
    query: q || null,
    filter,
    sort: q ? ('RELEVANCE' as const) : ('NEWEST' as const),
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  };
  return useQuery({
    queryKey: ['course-builder-library', variables, language],
    queryFn: async ({ signal }) => (await graphqlRequest(libraryResourcesQuery, variables, { language, signal })).resources,
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}
