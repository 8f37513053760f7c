import {
  resourceBatchCommitMutation,
  resourceBatchPrepareMutation,
  resourceBatchQuery,
  type StudioBatchFieldsFragment,
} from '@zyk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useMe } from '@/hooks/use-me';
import { STUDIO_KEY, useInvalidateStudio, useStudioQuery } from './use-studio-query';

export type ResourceBatch = StudioBatchFieldsFragment;
export type BatchItem = ResourceBatch['items'][number];

/** The report of one batch upload of the signed-in person. */
export function useResourceBatch(id: string) {
  return useStudioQuery('batch', resourceBatchQuery, { id });
}

/** Check and recognise finished uploads into a batch report (nothing is created yet). */
export function useBatchPrepare() {
  return useApiMutation(resourceBatchPrepareMutation, (r) => r.resourceBatchPrepare);
}

/** Create the resources of a batch with per-item overrides and skips; the report updates per item. */
export function useBatchCommit() {
  const invalidate = useInvalidateStudio();
  const client = useQueryClient();
  const { me } = useMe();
  return useApiMutation(resourceBatchCommitMutation, (r) => r.resourceBatchCommit, {
    onSuccess: (payload) => {
      // Show the outcome at once, then refresh every studio list (the new drafts are in 我的资源).
      if (payload.batch) {
        client.setQueriesData({ queryKey: [STUDIO_KEY, me?.id ?? null, 'batch'] }, (old: unknown) =>
          old && typeof old === 'object' && (old as { resourceBatch?: { id: string } }).resourceBatch?.id === payload.batch?.id
            ? { resourceBatch: payload.batch }
            : old,
        );
      }
    },
    onSettled: () => void invalidate(),
  });
}
