import { keepPreviousData, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import type { TypedDocumentString } from '@zyk/shared';
import { useCallback } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { ApiError, graphqlRequest } from '@/lib/graphql-client';

/** First part of every studio query key: `useInvalidateStudio()` refreshes them all. */
export const STUDIO_KEY = 'studio';

/** Refusals that asking again will not cure. */
const FINAL = new Set(['NOT_FOUND', 'INVALID_INPUT', 'PERMISSION_DENIED', 'UNAUTHENTICATED']);

/**
 * A read of the studio (my resources, drafts, batches, the review queue). Sent by POST: unpublished
 * work never goes into a URL or a shared cache. Keyed by the person's id so that one person's rows are
 * never shown to the next one who logs in on the same browser. `pollWhile` makes it ask again every
 * `pollMs` while the answer says so (a file being converted), and stop once it does not.
 */
export function useStudioQuery<TResult, TVariables>(
  name: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  {
    enabled = true,
    staleTime = 0,
    pollWhile,
    pollMs = 2000,
  }: { enabled?: boolean; staleTime?: number; pollWhile?: (data: TResult) => boolean; pollMs?: number } = {},
) {
  const [language] = useLanguage();
  const { me } = useMe();
  return useQuery({
    queryKey: [STUDIO_KEY, me?.id ?? null, name, language, variables],
    queryFn: ({ signal }) => graphqlRequest(document, variables, { language, signal, method: 'POST' }),
    enabled: enabled && Boolean(me),
    staleTime,
    placeholderData: keepPreviousData,
    refetchInterval: pollWhile
      ? (query: Query<TResult, Error, TResult, readonly unknown[]>) => (query.state.data && pollWhile(query.state.data) ? pollMs : false)
      : undefined,
    retry: (failureCount, error) => !(error instanceof ApiError && FINAL.has(String(error.code))) && failureCount < 2,
  });
}

/** After a change: refetch every studio read (lists, drafts, the review queue and its count). */
export function useInvalidateStudio() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: [STUDIO_KEY] }), [client]);
}
