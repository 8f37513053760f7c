import { useQuery } from '@tanstack/react-query';
import { organisationsForRealNameQuery, realNameClaimMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { useSessionCache } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

/** Schools and enterprises one can verify one's real name at (a public list: a cacheable GET). */
export function useOrganisationsForRealName() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['organisations-for-real-name', language],
    queryFn: ({ signal }) => graphqlRequest(organisationsForRealNameQuery, {}, { language, signal }),
    select: (data) => data.organisationsForRealName,
  });
}

/** Claims the roster row of one's number: VERIFIED at once, or PENDING for the school to decide. */
export function useRealNameClaim() {
  const session = useSessionCache();
  return useApiMutation(realNameClaimMutation, (r) => r.realNameClaim, { onSuccess: () => session.updated(null) });
}
