import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { useSessionCache } from '@/hooks/use-me';
import { apiLanguage } from '@/lib/i18n';
import { ApiError, csrfToken } from '@/lib/graphql-client';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

export const AVATAR_ENDPOINT = '/auth/avatar';
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

interface AvatarAnswer {
  ok: boolean;
  avatarUrl?: string;
  errors?: MutationProblem[];
}

/** POST /auth/avatar (multipart field "avatar", CSRF header); the server re-encodes the picture. */
export function useAvatarUpload() {
  const [language] = useLanguage();
  const { t } = useTranslation();
  const session = useSessionCache();
  return useMutation<string, Error, File>({
    mutationFn: async (file) => {
      const body = new FormData();
      body.append('avatar', file);
      let response: Response;
      try {
        response = await fetch(AVATAR_ENDPOINT, {
          method: 'POST',
          body,
          headers: { Accept: 'application/json', 'Accept-Language': apiLanguage(language), 'X-CSRFToken': csrfToken() },
          credentials: 'same-origin',
        });
      } catch {
        throw new ApiError(t('errors.network'), 'NETWORK');
      }
      let answer: AvatarAnswer | undefined;
      try {
        answer = (await response.json()) as AvatarAnswer;
      } catch {
        answer = undefined;
      }
      if (!answer) throw new ApiError(t('errors.http', { status: response.status }), 'HTTP', response.status);
      if (!answer.ok || !answer.avatarUrl) throw new MutationFailed(answer.errors ?? [], t('errors.unknown'));
      return answer.avatarUrl;
    },
    onSuccess: () => session.updated(null),
  });
}
