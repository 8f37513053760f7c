import {
  myResourcesQuery,
  resourcesDeleteMutation,
  resourcesPurgeMutation,
  resourcesReconvertMutation,
  resourcesRestoreMutation,
  resourcesSubmitMutation,
  resourcesUpdateMutation,
  type MyResourceStatus,
  type StudioBatchResultFieldsFragment,
  type StudioResourceFieldsFragment,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { anyConverting, MEDIA_POLL_MS } from '../lib/media';
import { useInvalidateStudio, useStudioQuery } from './use-studio-query';

export type StudioResource = StudioResourceFieldsFragment;
export type BatchResult = StudioBatchResultFieldsFragment;

export const MY_RESOURCES_PAGE_SIZE = 20;

/** One page of 我的资源 (or of the recycle bin), newest change first; polled while a file on it converts. */
export function useMyResources({
  query,
  status,
  deleted = false,
  page,
  pageSize = MY_RESOURCES_PAGE_SIZE,
}: {
  query: string;
  status: MyResourceStatus;
  deleted?: boolean;
  page: number;
  pageSize?: number;
}) {
  return useStudioQuery(deleted ? 'recycle-bin' : 'my-resources', myResourcesQuery, {
    query,
    status,
    deleted,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  }, { pollWhile: (data) => anyConverting(data.myResources.items), pollMs: MEDIA_POLL_MS });
}

/** After every batch tool, done or refused, every studio list shows the resources as the server has them. */
function useRefreshAfter() {
  const invalidate = useInvalidateStudio();
  return { onSettled: () => void invalidate() };
}

/** 提交审核: send drafts into review. */
export function useResourcesSubmit() {
  return useApiMutation(resourcesSubmitMutation, (r) => r.resourcesSubmit, useRefreshAfter());
}

/** 批量修改属性: the same attributes on every selected resource (each gets a new draft). */
export function useResourcesUpdate() {
  return useApiMutation(resourcesUpdateMutation, (r) => r.resourcesUpdate, useRefreshAfter());
}

/** 删除: to the recycle bin. */
export function useResourcesDelete() {
  return useApiMutation(resourcesDeleteMutation, (r) => r.resourcesDelete, useRefreshAfter());
}

/** 恢复: back from the recycle bin. */
export function useResourcesRestore() {
  return useApiMutation(resourcesRestoreMutation, (r) => r.resourcesRestore, useRefreshAfter());
}

/** 彻底删除 (administrators only). */
export function useResourcesPurge() {
  return useApiMutation(resourcesPurgeMutation, (r) => r.resourcesPurge, useRefreshAfter());
}

/** 重新转换: measure and convert the files again. */
export function useResourcesReconvert() {
  return useApiMutation(resourcesReconvertMutation, (r) => r.resourcesReconvert, useRefreshAfter());
}
