import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { majorPageQuery, type MajorPageQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type MajorPageData = NonNullable<MajorPageQuery['major']>;

/**
 * The home page data of a major (the featured one when `code` is undefined). The language is part
 * of the key, so switching language refetches with the new Accept-Language; meanwhile the page
 * keeps showing the previous language's data instead of a skeleton.
 */
export function useMajorPage(code: string | undefined) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['major-page', code ?? null, language],
    queryFn: ({ signal }) => graphqlRequest(majorPageQuery, { code: code ?? null }, { language, signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === (code ?? null) ? keepPreviousData(previous) : undefined,
  });
}
