import { useMutation, useQuery } from '@tanstack/react-query';
import {
  questionImportConfirmMutation,
  questionImportCourseQuery,
  questionImportPreviewMutation,
  questionImportQuery,
  questionImportsQuery,
  type QuestionImportFormat,
  type QuestionImportStateFragment,
  type QuestionImportsQuery,
  type QuestionImportPreviewMutation,
} from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { ApiError, csrfToken, graphqlRequest } from '@/lib/graphql-client';
import { apiLanguage } from '@/lib/i18n';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

export type ImportPreview = NonNullable<NonNullable<QuestionImportPreviewMutation['questionImportPreview']>['preview']>;
export type ImportItem = ImportPreview['items'][number];
export type ExportKind = 'moodle_xml' | 'qti';
export type TemplateKind = 'word' | 'excel';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const FORMATS: QuestionImportFormat[] = ['WORD', 'EXCEL', 'MOODLE_XML', 'QTI', 'GIFT', 'AIKEN'];

/** Django views of cms/questions/urls.py. */
export const templateUrl = (kind: TemplateKind) => `/questions/templates/${kind}`;
export const exportUrl = (courseId: string, kind: ExportKind) => `/questions/courses/${encodeURIComponent(courseId)}/export/${kind}`;
const uploadUrl = (courseId: string) => `/questions/courses/${encodeURIComponent(courseId)}/import`;

/** The course's name and bank size (NOT_FOUND unless the signed-in person edits the course). */
export function useImportCourse(courseId: string) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: ['question-import', courseId, 'course', meId, language],
    queryFn: async ({ signal }) => await graphqlRequest(questionImportCourseQuery, { courseId }, { language, signal, method: 'POST' }),
    enabled: Boolean(meId),
  });
}

export type ImportRecord = QuestionImportsQuery['questionImports'][number];

/** The course's import log, newest first (the last ten). */
export function useImportLog(courseId: string) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: ['question-import', courseId, 'log', meId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(questionImportsQuery, { courseId }, { language, signal, method: 'POST' })).questionImports,
    enabled: Boolean(meId),
  });
}

interface Messages {
  network: string;
  http: (status: number) => string;
  unknown: string;
}

/** Posts the file as multipart `file` with the CSRF token; answers the upload's id. */
export async function uploadQuestionFile(courseId: string, file: Blob & { name?: string }, language: string, messages: Messages): Promise<string> {
  const body = new FormData();
  body.append('file', file, file.name ?? 'questions');
  let response: Response;
  try {
    response = await fetch(uploadUrl(courseId), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': apiLanguage(language), 'X-CSRFToken': csrfToken() },
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(messages.network, 'NETWORK');
  }
  let answer: { ok?: boolean; importId?: string; errors?: MutationProblem[] } | undefined;
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    answer = undefined;
  }
  if (!answer || typeof answer.ok !== 'boolean') throw new ApiError(messages.http(response.status), 'HTTP', response.status);
  if (!answer.ok || !answer.importId) throw new MutationFailed(answer.errors ?? [], messages.unknown);
  return answer.importId;
}

function useMessages(): Messages {
  const { t } = useTranslation();
  return { network: t('errors.network'), http: (status) => t('errors.http', { status }), unknown: t('errors.unknown') };
}

export function useUploadQuestionFile(courseId: string) {
  const [language] = useLanguage();
  const messages = useMessages();
  return useMutation<string, Error, File>({ mutationFn: (file) => uploadQuestionFile(courseId, file, language, messages) });
}

export function usePreviewImport() {
  return useApiMutation(questionImportPreviewMutation, (result) => result.questionImportPreview);
}

/** Starts the import on the worker: answers the import, IMPORTING (or refuses at once: imported, not previewed…). */
export function useConfirmImport() {
  return useApiMutation(questionImportConfirmMutation, (result) => result.questionImportConfirm);
}

export type ImportState = QuestionImportStateFragment;
export const IMPORT_POLL_MS = 1500;

/** One import, asked again every `pollMs` while the worker is importing it (IMPORTING); then it stops. */
export function useImportState(importId: string, initial: ImportState, pollMs = IMPORT_POLL_MS) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['question-import', 'state', importId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(questionImportQuery, { id: importId }, { language, signal, method: 'POST' })).questionImport,
    initialData: initial,
    initialDataUpdatedAt: 0, // stale at once: the first poll goes out without waiting
    refetchInterval: (query) => (query.state.data?.status === 'IMPORTING' ? pollMs : false),
    refetchIntervalInBackground: true,
  });
}

export interface ExportAnswer {
  exported: number;
  skipped: number;
}

/** Downloads an export (a blob saved under the server's file name) and answers its counts from the headers. */
export async function downloadExport(courseId: string, kind: ExportKind, language: string, messages: Messages): Promise<ExportAnswer> {
  let response: Response;
  try {
    response = await fetch(exportUrl(courseId, kind), {
      headers: { 'Accept-Language': apiLanguage(language) },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(messages.network, 'NETWORK');
  }
  if (!response.ok) {
    let problems: MutationProblem[] = [];
    try {
      problems = ((await response.json()) as { errors?: MutationProblem[] }).errors ?? [];
    } catch {
      throw new ApiError(messages.http(response.status), 'HTTP', response.status);
    }
    throw new MutationFailed(problems, messages.unknown);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : kind === 'qti' ? 'questions.zip' : 'questions.xml';
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { exported: Number(response.headers.get('X-Zyk-Exported') ?? 0), skipped: Number(response.headers.get('X-Zyk-Skipped') ?? 0) };
}

export function useDownloadExport(courseId: string) {
  const [language] = useLanguage();
  const messages = useMessages();
  return useMutation<ExportAnswer, Error, ExportKind>({ mutationFn: (kind) => downloadExport(courseId, kind, language, messages) });
}
