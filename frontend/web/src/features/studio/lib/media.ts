import type { MediaState, StudioResourceMediaFieldsFragment } from '@zyk/shared';

export type StudioMedia = StudioResourceMediaFieldsFragment;

/** How often a studio page asks again while one of its files is being converted. */
export const MEDIA_POLL_MS = 2000;

export const isConverting = (state: MediaState | null | undefined) => state === 'QUEUED' || state === 'RUNNING';

/** Whether any of these resources' files is still being converted (the page then polls). */
export const anyConverting = (resources: { media: Pick<StudioMedia, 'state'> | null }[] | null | undefined) =>
  Boolean(resources?.some((resource) => isConverting(resource.media?.state)));

/** The percentage shown (0 while queued). */
export const mediaPercent = (media: Pick<StudioMedia, 'state' | 'progress'>) =>
  media.state === 'QUEUED' ? 0 : Math.max(0, Math.min(100, Math.round(media.progress)));
