import type { LibraryResourceMediaFieldsFragment, MediaState, ResourceType } from '@zyk/shared';
import { previewKind, type PreviewKind } from './preview-kind';

export type ResourceMedia = LibraryResourceMediaFieldsFragment;

/** How often the page asks again while a conversion runs. */
export const MEDIA_POLL_MS = 2000;

const BUSY: ReadonlySet<MediaState> = new Set(['QUEUED', 'RUNNING']);

export const isBusy = (state: MediaState | null | undefined) => Boolean(state && BUSY.has(state));

/** Whether anything of the file is still being made: the standard conversion or one asked for. */
export function mediaBusy(media: Pick<ResourceMedia, 'state' | 'conversions'> | null | undefined): boolean {
  if (!media) return false;
  return isBusy(media.state) || media.conversions.some((c) => isBusy(c.state));
}

/** What the converted media lets the page show instead of the original file. */
export type ConvertedView =
  | { viewer: 'hls'; url: string; fallbackUrl: string; posterUrl: string; subtitleUrl: string }
  | { viewer: 'clip'; sources: { url: string; type: string }[]; posterUrl: string; subtitleUrl: string }
  | { viewer: 'audio'; url: string; peaksUrl: string }
  | { viewer: 'picture'; images: ResourceMedia['images'] }
  | { viewer: 'pages'; pages: string[]; pdfUrl: string }
  | { viewer: 'package'; url: string };

/**
 * Where the conversion is, as the page tells it:
 * none — never asked for (or nothing to convert): today's viewer of the original;
 * converting — queued or running and nothing to show yet: the progress panel;
 * early — still running, but a first result shows already: it, with a small "still converting" note;
 * failed — failed or cancelled: the reason (and a retry for editors), with whatever still shows;
 * done — finished.
 */
export type MediaStatus = 'none' | 'converting' | 'early' | 'failed' | 'done';

export interface PreviewPlan {
  /** Today's viewer of the original file (see previewKind). */
  kind: PreviewKind;
  /** The converted media to show instead, when there is some for this kind. */
  converted: ConvertedView | null;
  status: MediaStatus;
}

interface Plannable {
  type: ResourceType;
  previewUrl: string | null;
  file: { mime: string; extension: string } | null;
  media: ResourceMedia | null;
}

function clipSources(media: ResourceMedia) {
  const sources: { url: string; type: string }[] = [];
  if (media.webmUrl) sources.push({ url: media.webmUrl, type: 'video/webm' });
  if (media.mp4Url) sources.push({ url: media.mp4Url, type: 'video/mp4' });
  return sources;
}

/** The converted view that fits the viewer of the original, or null when the conversion made none (yet). */
export function convertedView(kind: PreviewKind, type: ResourceType, media: ResourceMedia | null): ConvertedView | null {
  if (!media) return null;
  const clip = (): ConvertedView | null => {
    const sources = clipSources(media);
    return sources.length ? { viewer: 'clip', sources, posterUrl: media.posterUrl, subtitleUrl: media.subtitleUrl } : null;
  };
  switch (kind) {
    case 'video':
      if (media.hlsUrl) {
        return { viewer: 'hls', url: media.hlsUrl, fallbackUrl: media.mp4Url, posterUrl: media.posterUrl, subtitleUrl: media.subtitleUrl };
      }
      return clip();
    case 'image':
      // A GIF animation plays as a small looping video; a still image as web renditions.
      if (type === 'ANIMATION') return clip() ?? (media.images.length ? { viewer: 'picture', images: media.images } : null);
      return media.images.length ? { viewer: 'picture', images: media.images } : null;
    case 'audio':
      return media.audioUrl ? { viewer: 'audio', url: media.audioUrl, peaksUrl: media.peaksUrl } : null;
    case 'pdf':
    case 'office':
      if (type === 'ANIMATION') return clip();
      return media.pages.length ? { viewer: 'pages', pages: media.pages, pdfUrl: media.pdfUrl } : null;
    case 'simulation':
      return media.packageUrl ? { viewer: 'package', url: media.packageUrl } : null;
    default:
      return null;
  }
}

export function mediaStatus(media: ResourceMedia | null, converted: ConvertedView | null): MediaStatus {
  switch (media?.state) {
    case 'QUEUED':
    case 'RUNNING':
      return converted ? 'early' : 'converting';
    case 'FAILED':
    case 'CANCELLED':
      return 'failed';
    case 'SUCCEEDED':
      return 'done';
    default:
      return 'none';
  }
}

/** Which viewer shows the resource: converted media when there is some, today's viewer otherwise. */
export function previewPlan(resource: Plannable): PreviewPlan {
  const kind = previewKind(resource);
  const converted = convertedView(kind, resource.type, resource.media);
  return { kind, converted, status: mediaStatus(resource.media, converted) };
}

/**
 * While converting with nothing converted to show, images and PDFs still show the original (the browser
 * draws them well); other kinds show the progress panel in place of the viewer.
 */
export const originalShowsWhileConverting = (kind: PreviewKind) => kind === 'image' || kind === 'pdf';

/**
 * The on-demand conversion that fits the file (what the pipeline accepts): an MP4 of a video or animation,
 * a PDF of an office document (a PDF original needs none).
 */
export function conversionOffer(kind: PreviewKind, type: ResourceType, media: ResourceMedia | null): 'PDF' | 'MP4' | null {
  if (!media) return null;
  if (type === 'VIDEO' || type === 'ANIMATION') return 'MP4';
  if ((type === 'DOCUMENT' || type === 'PRESENTATION' || type === 'SPREADSHEET') && kind === 'office') return 'PDF';
  return null;
}
