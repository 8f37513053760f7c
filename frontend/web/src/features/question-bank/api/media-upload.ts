import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { ApiError, csrfToken } from '@/lib/graphql-client';
import { apiLanguage } from '@/lib/i18n';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

/** What the bank stores: images for rich text (≤ 5 MB) and practical-task attachments (≤ 20 MB). */
export type MediaKind = 'images' | 'attachments';
export const MEDIA_LIMIT_MB: Record<MediaKind, number> = { images: 5, attachments: 20 };
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.zip,.png,.jpg,.jpeg,.gif,.webp';

export interface UploadedMedia {
  url: string;
  name: string;
}

interface Messages {
  network: string;
  http: (status: number) => string;
  unknown: string;
  tooLarge: (limit: number) => string;
}

/**
 * Posts one file as multipart `file` with the CSRF token to `/questions/courses/<id>/<kind>`; the server sniffs
 * it and answers the site path to put in the item (`/questions/images/…`, `/questions/attachments/…`).
 */
export async function uploadMedia(courseId: string, kind: MediaKind, file: File, language: string, messages: Messages): Promise<UploadedMedia> {
  if (file.size > MEDIA_LIMIT_MB[kind] * 1024 * 1024) throw new ApiError(messages.tooLarge(MEDIA_LIMIT_MB[kind]), 'TOO_LARGE');
  const body = new FormData();
  body.append('file', file, file.name || kind);
  let response: Response;
  try {
    response = await fetch(`/questions/courses/${encodeURIComponent(courseId)}/${kind}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': apiLanguage(language), 'X-CSRFToken': csrfToken() },
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(messages.network, 'NETWORK');
  }
  let answer: { ok?: boolean; url?: string; name?: string; errors?: MutationProblem[] } | undefined;
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    answer = undefined;
  }
  if (!answer || typeof answer.ok !== 'boolean') throw new ApiError(messages.http(response.status), 'HTTP', response.status);
  if (!answer.ok || !answer.url) throw new MutationFailed(answer.errors ?? [], messages.unknown);
  return { url: answer.url, name: answer.name || file.name };
}

/** Upload an image or an attachment of the course's bank; errors carry the server's translated reason. */
export function useUploadMedia(courseId: string, kind: MediaKind) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const messages: Messages = {
    network: t('errors.network'),
    http: (status) => t('errors.http', { status }),
    unknown: t('errors.unknown'),
    tooLarge: (limit) => t('questionBank.media.tooLarge', { limit }),
  };
  return useMutation<UploadedMedia, Error, File>({ mutationFn: (file) => uploadMedia(courseId, kind, file, language, messages) });
}
