import { useQueryClient } from '@tanstack/react-query';
import {
  libraryResourceConversionRequestMutation,
  libraryResourceMediaRetryMutation,
  type LibraryResourceQuery,
  type LibraryResourceMediaFieldsFragment,
} from '@zyk/shared';
import { useCallback } from 'react';
import { useApiMutation } from '@/hooks/use-api-mutation';

/**
 * The resource's cached pages take the media a mutation answered with (the new conversion, queued), so
 * the progress shows at once and the page's polling, which follows the media state, starts by itself.
 */
function useMergeMedia() {
  const client = useQueryClient();
  return useCallback(
    (resource: { id: string; media: LibraryResourceMediaFieldsFragment | null } | null | undefined) => {
      if (!resource) return;
      client.setQueriesData<LibraryResourceQuery>({ queryKey: ['library-resource', resource.id] }, (old) =>
        old?.resource ? { ...old, resource: { ...old.resource, media: resource.media } } : old,
      );
    },
    [client],
  );
}

/** 重新转码: start a failed or cancelled conversion again (the resource's editors). */
export function useMediaRetry() {
  const merge = useMergeMedia();
  return useApiMutation(libraryResourceMediaRetryMutation, (r) => r.resourceMediaRetry, {
    onSuccess: (payload) => merge(payload.resource),
  });
}

/** 另存为 PDF / 转为 MP4: ask for the file in another format (signed-in visitors). */
export function useConversionRequest() {
  const merge = useMergeMedia();
  return useApiMutation(libraryResourceConversionRequestMutation, (r) => r.resourceConversionRequest, {
    onSuccess: (payload) => merge(payload.resource),
  });
}
