import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TypedDocumentString } from '@zyk/shared';
import { useCallback } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { ApiError, graphqlRequest } from '@/lib/graphql-client';

/** First part of every management-console query key: `invalidateAdmin()` refreshes them all. */
export const ADMIN_KEY = 'manage';

/** Refusals that asking again will not cure. */
const FINAL = new Set(['NOT_FOUND', 'INVALID_INPUT', 'PERMISSION_DENIED', 'TWO_FACTOR_REQUIRED', 'UNAUTHENTICATED']);

/**
 * A read of the management console. Sent by POST (personal data never goes into a URL or a shared
 * cache) and keyed by the person's id, so one administrator's rows are never shown to the next one
 * who logs in on the same browser.
 */
export function useAdminQuery<TResult, TVariables>(
  name: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const [language] = useLanguage();
  const { me } = useMe();
  return useQuery({
    queryKey: [ADMIN_KEY, me?.id ?? null, name, language, variables],
    queryFn: ({ signal }) => graphqlRequest(document, variables, { language, signal, method: 'POST' }),
    enabled: enabled && Boolean(me),
    staleTime: 0,
    placeholderData: keepPreviousData,
    retry: (failureCount, error) => !(error instanceof ApiError && FINAL.has(String(error.code))) && failureCount < 2,
  });
}

/** After a change: refetch every console read. */
export function useInvalidateAdmin() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: [ADMIN_KEY] }), [client]);
}
