import { studioResourceSubtitleAttachMutation, studioResourceSubtitleRemoveMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useInvalidateStudio } from './use-studio-query';

/** Languages a video's subtitles may be in (the server's SUBTITLE_LANGUAGES). */
export const SUBTITLE_LANGUAGES = ['zh-CN', 'en'] as const;
export type SubtitleLanguage = (typeof SUBTITLE_LANGUAGES)[number];

/** Attach a finished .srt / .vtt upload as one language's subtitles (replacing that language's). */
export function useSubtitleAttach() {
  const invalidate = useInvalidateStudio();
  return useApiMutation(studioResourceSubtitleAttachMutation, (r) => r.resourceSubtitleAttach, { onSettled: () => void invalidate() });
}

/** Take one language's subtitles off the video. */
export function useSubtitleRemove() {
  const invalidate = useInvalidateStudio();
  return useApiMutation(studioResourceSubtitleRemoveMutation, (r) => r.resourceSubtitleRemove, { onSettled: () => void invalidate() });
}
