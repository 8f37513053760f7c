import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coursePageQuery, type CoursePageQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type CoursePageData = NonNullable<CoursePageQuery['course']>;

/** The public page of one course; `data.course` is null when it does not exist or is unpublished. */
export function useCoursePage(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['course-page', id, language],
    queryFn: ({ signal }) => graphqlRequest(coursePageQuery, { id }, { language, signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === id ? keepPreviousData(previous) : undefined,
  });
}
