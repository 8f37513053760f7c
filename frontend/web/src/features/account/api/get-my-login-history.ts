import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { myLoginHistoryQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

/** Logins, failed attempts, lockouts and logouts, newest first (personal: sent by POST). */
export function useMyLoginHistory({ limit, offset }: { limit: number; offset: number }) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['my-login-history', { limit, offset }, language],
    queryFn: ({ signal }) => graphqlRequest(myLoginHistoryQuery, { limit, offset }, { language, signal, method: 'POST' }),
    select: (data) => data.myLoginHistory,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
