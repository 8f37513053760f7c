import { keepPreviousData, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import { meQuery, type MeFieldsFragment } from '@zyk/shared';
import { useCallback, useMemo } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type Me = MeFieldsFragment;

export const ME_KEY = 'me';

/**
 * Query keys whose data belongs to the signed-in person. They are dropped on every login and
 * logout so that nothing of one person is ever shown to the next one on the same browser.
 */
export const PERSONAL_KEYS = new Set([ME_KEY, 'my-sessions', 'my-login-history', 'real-name']);

const isPersonal = (query: Query) => PERSONAL_KEYS.has(String(query.queryKey[0]));

/**
 * The signed-in person (`data` is null when nobody is). Sent by POST: personal data never goes into a
 * URL or a shared cache. Role and platform-role labels are translated, so the language is in the key.
 */
export function useMe() {
  const [language] = useLanguage();
  const query = useQuery({
    queryKey: [ME_KEY, language],
    queryFn: async ({ signal }) => (await graphqlRequest(meQuery, {}, { language, signal, method: 'POST' })).me,
    staleTime: 30_000,
    // The server ends idle sessions; coming back to the tab shows the truth.
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
  return { ...query, me: query.data ?? null };
}

/** Updates the cache after the person logged in, out, or changed. */
export function useSessionCache() {
  const client = useQueryClient();
  const [language] = useLanguage();
  const signedIn = useCallback(
    (me: Me | null | undefined) => {
      client.removeQueries({ predicate: isPersonal });
      if (me) client.setQueryData([ME_KEY, language], me);
      void client.invalidateQueries({ queryKey: [ME_KEY] });
    },
    [client, language],
  );
  const signedOut = useCallback(() => {
    client.removeQueries({ predicate: isPersonal });
    client.setQueryData([ME_KEY, language], null);
  }, [client, language]);
  const updated = useCallback(
    (me: Me | null | undefined) => {
      if (me) client.setQueryData([ME_KEY, language], me);
      void client.invalidateQueries({ queryKey: [ME_KEY] });
    },
    [client, language],
  );
  return useMemo(() => ({ signedIn, signedOut, updated }), [signedIn, signedOut, updated]);
}
