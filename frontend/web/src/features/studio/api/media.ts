import { studioResourceMediaRetryMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useInvalidateStudio } from './use-studio-query';

/** 重新转码 of one resource whose conversion failed or was cancelled; every studio read then asks again. */
export function useMediaRetry() {
  const invalidate = useInvalidateStudio();
  return useApiMutation(studioResourceMediaRetryMutation, (r) => r.resourceMediaRetry, { onSettled: () => void invalidate() });
}
