import { useQuery } from '@tanstack/react-query';
import { loginOptionsQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

/** Login methods this site offers; the WeChat tab shows only when WeChat QR login is configured. */
export function useLoginOptions() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['login-options'],
    queryFn: ({ signal }) => graphqlRequest(loginOptionsQuery, {}, { language, signal }),
    staleTime: 10 * 60 * 1000,
  });
}
