import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { catalogueMajorsQuery, courseCatalogueQuery, type CatalogueCourseCardFragment, type CourseCatalogueQuery } from '@zyk/shared';
import { useMemo } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';
import { toVariables, type CatalogueState } from '../utils/catalogue-state';

export type CatalogueCourse = CatalogueCourseCardFragment;
/** Per major, kind and level: the courses choosing it would list, the other filters kept. */
export type CatalogueFacets = NonNullable<CourseCatalogueQuery['courses']['facets']>;

/**
 * One page of the catalogue for the filters in the URL, with the filter options' counts. A public read by GET
 * (cacheable at the edge for anonymous visitors); while the next filter loads, the previous page stays on
 * screen, dimmed.
 */
export function useCourseCatalogue(state: CatalogueState) {
  const [language] = useLanguage();
  const variables = useMemo(() => toVariables(state), [state]);
  return useQuery({
    queryKey: ['course-catalogue', variables, language],
    queryFn: async ({ signal }) => (await graphqlRequest(courseCatalogueQuery, variables, { language, signal })).courses,
    placeholderData: keepPreviousData,
    // Which courses one sees can depend on who is looking: come back after logging in and see the truth.
    staleTime: 0,
  });
}

/** The majors offered by the major filter (code and name); a library has a handful. */
export function useCatalogueMajors() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['catalogue-majors', language],
    queryFn: async ({ signal }) => (await graphqlRequest(catalogueMajorsQuery, {}, { language, signal })).majors.items,
    staleTime: 5 * 60_000,
  });
}
