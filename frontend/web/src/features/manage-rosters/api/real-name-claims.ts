import {
  realNameClaimDecideMutation,
  realNameClaimsPendingQuery,
  type RealNameClaimsPendingQuery,
} from '@zyk/shared';
import { useAdminQuery, useInvalidateAdmin } from '@/hooks/use-admin-query';
import { useApiMutation } from '@/hooks/use-api-mutation';

export type PendingClaim = RealNameClaimsPendingQuery['realNameClaimsPending'][number];

/** Claims to roster rows someone else holds, waiting for my decision, oldest first. */
export function usePendingClaims() {
  return useAdminQuery('real-name-claims-pending', realNameClaimsPendingQuery, {});
}

/** Approve (the row moves to the claimant) or reject, with a note kept with the decision. */
export function useDecideClaim() {
  const invalidate = useInvalidateAdmin();
  return useApiMutation(realNameClaimDecideMutation, (result) => result.realNameClaimDecide, {
    onSuccess: () => void invalidate(),
  });
}
