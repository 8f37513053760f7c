import { useQuery, useQueryClient } from '@tanstack/react-query';
import { libraryResourceQuery, libraryResourceViewedMutation, type LibraryResourceQuery } from '@zyk/shared';
import { useEffect, useRef } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';
import { MEDIA_POLL_MS, mediaBusy } from '../utils/media-plan';

export type LibraryResource = NonNullable<LibraryResourceQuery['resource']>;

const resourceKey = (id: string, language: string) => ['library-resource', id, language];

/**
 * One resource for its detail page (public read by GET); `data.resource` is null when it does not
 * exist or the viewer may not open it. What the viewer may do (download) depends on who they are, so
 * the page asks again when it is shown anew and when the signed-in person changes while it is open.
 * While its file is being converted the page asks every two seconds, and stops when the conversion is
 * over (or the page is left).
 */
export function useLibraryResource(id: string) {
  const [language] = useLanguage();
  const { me, isPending: mePending } = useMe();
  const query = useQuery({
    queryKey: resourceKey(id, language),
    queryFn: ({ signal }) => graphqlRequest(libraryResourceQuery, { id }, { language, signal }),
    enabled: /^\d{1,12}$/.test(id),
    staleTime: 0,
    refetchInterval: (q) => (mediaBusy(q.state.data?.resource?.media) ? MEDIA_POLL_MS : false),
  });
  const viewer = mePending ? undefined : (me?.id ?? null);
  const lastViewer = useRef<string | null | undefined>(undefined);
  const { refetch } = query;
  useEffect(() => {
    if (viewer === undefined) return;
    if (lastViewer.current !== undefined && lastViewer.current !== viewer) void refetch();
    lastViewer.current = viewer;
  }, [viewer, refetch]);
  return query;
}

/**
 * Counts one view per visit of a resource's page (POST with the CSRF token). The ref keeps React's
 * StrictMode double effects, and re-renders, from counting twice; another resource counts anew.
 */
export function useCountView(resource: LibraryResource | null | undefined) {
  const [language] = useLanguage();
  const client = useQueryClient();
  const counted = useRef<string | null>(null);
  const id = resource?.id;
  useEffect(() => {
    if (!id || counted.current === id) return;
    counted.current = id;
    graphqlRequest(libraryResourceViewedMutation, { id }, { language })
      .then(({ resourceViewed }) => {
        const viewCount = resourceViewed?.viewCount;
        if (resourceViewed?.ok && typeof viewCount === 'number') {
          client.setQueriesData<LibraryResourceQuery>({ queryKey: ['library-resource', id] }, (old) =>
            old?.resource ? { ...old, resource: { ...old.resource, viewCount } } : old,
          );
        }
      })
      .catch(() => {
        // A lost view count is not worth bothering the visitor with.
      });
  }, [id, language, client]);
}
