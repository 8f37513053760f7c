import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';
import { unwrapPayload, type MutationPayload } from '@/lib/mutation-result';

/**
 * A mutation of the `{ ok, errors, … }` kind: resolves with the payload when ok, rejects with
 * MutationFailed (the server's translated reasons) when not, or with ApiError when the request failed.
 */
export function useApiMutation<TResult, TVariables, TPayload extends MutationPayload>(
  document: TypedDocumentString<TResult, TVariables>,
  pick: (result: TResult) => TPayload | null | undefined,
  options: Omit<UseMutationOptions<TPayload, Error, TVariables>, 'mutationFn'> = {},
) {
  const [language] = useLanguage();
  const { t } = useTranslation();
  return useMutation<TPayload, Error, TVariables>({
    ...options,
    mutationFn: async (variables) =>
      unwrapPayload(pick(await graphqlRequest(document, variables, { language })), t('errors.unknown')),
  });
}
