import {
  resourceCreateMutation,
  resourceDraftQuery,
  resourceReviewHistoryQuery,
  resourceUpdateMutation,
  resourceWithdrawMutation,
  type ResourceDraftQuery,
} from '@zyk/shared';
import { useMutation } from '@tanstack/react-query';
import type { TypedDocumentString } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';
import { MutationFailed } from '@/lib/mutation-result';
import { isConverting, MEDIA_POLL_MS } from '../lib/media';
import { useInvalidateStudio, useStudioQuery } from './use-studio-query';

export type ResourceDraft = NonNullable<ResourceDraftQuery['resourceDraft']>;

/** The latest draft of a resource the person manages, for editing; polled while its file converts. */
export function useResourceDraft(id: string) {
  return useStudioQuery(
    'draft',
    resourceDraftQuery,
    { id },
    { pollWhile: (data) => isConverting(data.resourceDraft?.media?.state), pollMs: MEDIA_POLL_MS },
  );
}

/** Every review decision on the resource, newest first. */
export function useReviewHistory(id: string) {
  return useStudioQuery('review-history', resourceReviewHistoryQuery, { id });
}

function useRefreshAfter() {
  const invalidate = useInvalidateStudio();
  return { onSettled: () => void invalidate() };
}

/**
 * A mutation whose refusals carry more than the errors (`duplicateOf`): resolves with the payload,
 * ok or not; rejects only when the request itself failed.
 */
function usePayloadMutation<TResult, TVariables, TPayload>(
  document: TypedDocumentString<TResult, TVariables>,
  pick: (result: TResult) => TPayload | null | undefined,
) {
  const [language] = useLanguage();
  const { t } = useTranslation();
  const { onSettled } = useRefreshAfter();
  return useMutation<TPayload, Error, TVariables>({
    mutationFn: async (variables) => {
      const payload = pick(await graphqlRequest(document, variables, { language }));
      if (!payload) throw new MutationFailed([], t('errors.unknown'));
      return payload;
    },
    onSettled,
  });
}

/** A new draft from a finished upload, a text or a link; a DUPLICATE refusal names `duplicateOf`. */
export function useResourceCreate() {
  return usePayloadMutation(resourceCreateMutation, (r) => r.resourceCreate);
}

/** Save metadata, text or a replaced file as the new draft; a DUPLICATE file names `duplicateOf`. */
export function useResourceUpdate() {
  return usePayloadMutation(resourceUpdateMutation, (r) => r.resourceUpdate);
}

/** 撤回审核: take a resource out of review to edit it again. */
export function useResourceWithdraw() {
  return useApiMutation(resourceWithdrawMutation, (r) => r.resourceWithdraw, useRefreshAfter());
}
