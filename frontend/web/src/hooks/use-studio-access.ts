import { useQuery } from '@tanstack/react-query';
import { reviewQueueCountQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

/** Roles whose holders upload resources (我的资源). */
const CREATOR_ROLES = new Set(['TEACHER', 'EDITOR']);

/**
 * Which studio places the header offers: 我的资源 to teachers and editors, 审核 to reviewers and to
 * anyone with reviews waiting (course leads are teachers). The count is the studio's own query
 * (key prefix "studio"), so deciding a review refreshes it.
 */
export function useStudioAccess() {
  const { me } = useMe();
  const [language] = useLanguage();
  const canUpload = Boolean(me?.roles.some((r) => CREATOR_ROLES.has(r.role)));
  const isReviewer = Boolean(me?.roles.some((r) => r.role === 'REVIEWER'));
  const count = useQuery({
    queryKey: ['studio', me?.id ?? null, 'review-count', language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(reviewQueueCountQuery, {}, { language, signal, method: 'POST' })).reviewQueue.total,
    enabled: Boolean(me) && (isReviewer || canUpload),
    staleTime: 60_000,
    retry: false,
  });
  const waiting = count.data ?? 0;
  return { canUpload, canReview: isReviewer || waiting > 0, waiting };
}
