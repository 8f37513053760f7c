import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/graphql-client';
import { MutationFailed } from '@/lib/mutation-result';

/** The error code of a failed request or refused mutation, when it has one. */
export function problemCode(error: unknown): string | undefined {
  if (error instanceof ApiError || error instanceof MutationFailed) return String(error.code);
  return undefined;
}

/** The console's words for the refusals every page can meet; the server's own message otherwise. */
export function useProblemMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    const code = problemCode(error);
    if (code === 'TWO_FACTOR_REQUIRED') return t('manage.problems.twoFactor');
    if (code === 'PERMISSION_DENIED') return t('manage.problems.permission');
    if (code === 'UNAUTHENTICATED') return t('manage.problems.loggedOut');
    return error instanceof Error && error.message ? error.message : t('errors.unknown');
  };
}
