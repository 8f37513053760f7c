import { resourceReviewMutation, reviewQueueQuery, type ReviewQueueQuery } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useInvalidateStudio, useStudioQuery } from './use-studio-query';

export type ReviewTask = ReviewQueueQuery['reviewQueue']['items'][number];

export const REVIEW_PAGE_SIZE = 50;

/** What waits for the signed-in reviewer, oldest first. */
export function useReviewQueue(page: number) {
  return useStudioQuery('review-queue', reviewQueueQuery, { limit: REVIEW_PAGE_SIZE, offset: (page - 1) * REVIEW_PAGE_SIZE });
}

/** 通过 / 退回修改 (a comment is required to send it back). */
export function useResourceReview() {
  const invalidate = useInvalidateStudio();
  return useApiMutation(resourceReviewMutation, (r) => r.resourceReview, { onSettled: () => void invalidate() });
}
