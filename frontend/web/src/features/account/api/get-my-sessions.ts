import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { mySessionsQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

/** The person's open browser sessions and app tokens, newest first (personal: sent by POST). */
export function useMySessions({ limit, offset }: { limit: number; offset: number }) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['my-sessions', { limit, offset }, language],
    queryFn: ({ signal }) =>
      graphqlRequest(mySessionsQuery, { activeOnly: true, limit, offset }, { language, signal, method: 'POST' }),
    select: (data) => data.mySessions,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
