import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useInvalidateAdmin } from '@/hooks/use-admin-query';
import { useLanguage } from '@/hooks/use-language';
import { ApiError, csrfToken } from '@/lib/graphql-client';
import { apiLanguage } from '@/lib/i18n';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

/** One line of the spreadsheet the server could not take; `line` is null for the file as a whole. */
export interface RosterProblem {
  line: number | null;
  message: string;
}

/** The upload view's answer. */
export interface RosterUploadAnswer {
  ok: boolean;
  created: number;
  updated: number;
  problems: RosterProblem[];
  errors?: MutationProblem[];
}

/** A refused upload: the file's problems by line (maybe none) and the server's reasons. */
export class RosterRefused extends MutationFailed {
  readonly lineProblems: RosterProblem[];

  constructor(answer: RosterUploadAnswer, fallbackMessage: string) {
    super(answer.errors ?? [], fallbackMessage);
    this.name = 'RosterRefused';
    this.lineProblems = answer.problems ?? [];
  }
}

/** The Django view that takes a roster (cms/accounts/urls.py: `roster_import`). */
export const rosterImportUrl = (organisationId: string) => `/accounts/rosters/${encodeURIComponent(organisationId)}/import`;

export const ROSTER_TEMPLATE_URL = '/accounts/roster-template.xlsx';

/**
 * Posts an .xlsx roster as multipart field `file`, with the CSRF token the middleware asks of every
 * browser POST. Resolves with the counts; rejects with RosterRefused (problems by line) or ApiError.
 */
export async function uploadRoster(
  organisationId: string,
  file: Blob & { name?: string },
  { language, messages }: { language: string; messages: { network: string; http: (status: number) => string; unknown: string } },
): Promise<RosterUploadAnswer> {
  const body = new FormData();
  body.append('file', file, file.name ?? 'roster.xlsx');
  let response: Response;
  try {
    response = await fetch(rosterImportUrl(organisationId), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': apiLanguage(language), 'X-CSRFToken': csrfToken() },
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(messages.network, 'NETWORK');
  }
  let answer: RosterUploadAnswer | undefined;
  try {
    answer = (await response.json()) as RosterUploadAnswer;
  } catch {
    answer = undefined;
  }
  if (!answer || typeof answer.ok !== 'boolean') throw new ApiError(messages.http(response.status), 'HTTP', response.status);
  if (!answer.ok) throw new RosterRefused(answer, messages.unknown);
  return answer;
}

export function useUploadRoster() {
  const [language] = useLanguage();
  const { t } = useTranslation();
  const invalidate = useInvalidateAdmin();
  return useMutation<RosterUploadAnswer, Error, { organisationId: string; file: File }>({
    mutationFn: ({ organisationId, file }) =>
      uploadRoster(organisationId, file, {
        language,
        messages: {
          network: t('errors.network'),
          http: (status) => t('errors.http', { status }),
          unknown: t('errors.unknown'),
        },
      }),
    onSettled: () => void invalidate(),
  });
}
