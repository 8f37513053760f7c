import type { ResourceType } from '@zyk/shared';

/** Which viewer shows a resource on its page. */
export type PreviewKind = 'image' | 'video' | 'audio' | 'pdf' | 'office' | 'text' | 'simulation' | 'link' | 'none';

interface Previewable {
  type: ResourceType;
  previewUrl: string | null;
  file: { mime: string; extension: string } | null;
}

const isPdf = (file: Previewable['file']) => file?.mime === 'application/pdf' || file?.extension === 'pdf';

/**
 * Picks the viewer from the type and, for types that come in several formats, from the file:
 * an animation is a GIF (image) or a video; a document is a PDF (pages in the browser) or an office file
 * (facts and download until the conversion service makes a preview). File types without a file to
 * show get no viewer.
 */
export function previewKind(resource: Previewable): PreviewKind {
  const { type, previewUrl, file } = resource;
  if (type === 'TEXT') return 'text';
  if (type === 'LINK') return 'link';
  if (!previewUrl || !file) return 'none';
  switch (type) {
    case 'IMAGE':
      return 'image';
    case 'VIDEO':
      return 'video';
    case 'AUDIO':
      return 'audio';
    case 'SIMULATION':
      return 'simulation';
    case 'ANIMATION':
      if (file.mime.startsWith('image/')) return 'image';
      if (file.mime.startsWith('video/')) return 'video';
      return 'office';
    case 'DOCUMENT':
    case 'PRESENTATION':
    case 'SPREADSHEET':
      return isPdf(file) ? 'pdf' : 'office';
    default:
      return 'none';
  }
}
