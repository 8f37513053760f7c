import type { ResourceMedia } from './media-plan';

type MediaImage = ResourceMedia['images'][number];

/** The preview is at most this wide on the page (the main column), the whole width on phones. */
export const PICTURE_SIZES = '(max-width: 767px) 100vw, 860px';

/** `srcset` of the renditions that have a URL of this kind (WebP or the JPEG/PNG fallback). */
export function srcSet(images: MediaImage[], pick: (image: MediaImage) => string): string {
  return images
    .filter((image) => pick(image) && image.width > 0)
    .map((image) => `${pick(image)} ${image.width}w`)
    .join(', ');
}
