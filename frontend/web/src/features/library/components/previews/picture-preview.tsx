import { ZoomInOutlined } from '@ant-design/icons';
import { Image } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceMedia } from '../../utils/media-plan';
import { PICTURE_SIZES, srcSet } from '../../utils/picture';

/**
 * A converted image: WebP renditions for browsers that take them, the JPEG/PNG fallbacks for the others,
 * the browser picking the width it needs. Clicking opens the largest in antd's viewer (zoom, rotate).
 */
export function PicturePreview({ images, title }: { images: ResourceMedia['images']; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const widest = images[0];
  const webp = srcSet(images, (image) => image.url);
  const fallback = srcSet(images, (image) => image.fallbackUrl);
  const fallbackSrc = widest.fallbackUrl || widest.url;
  return (
    <div className="zyk-preview-image" data-testid="image-preview" data-source="converted">
      <button type="button" className="zyk-preview-image__zoom" onClick={() => setOpen(true)} aria-label={t('library.preview.zoom')}>
        <picture data-testid="image-picture">
          {webp ? <source type="image/webp" srcSet={webp} sizes={PICTURE_SIZES} /> : null}
          <img
            className="zyk-preview-image__img"
            src={fallbackSrc}
            srcSet={fallback || undefined}
            sizes={fallback ? PICTURE_SIZES : undefined}
            alt={title}
            decoding="async"
          />
        </picture>
        <span className="zyk-preview-image__hint" aria-hidden="true">
          <ZoomInOutlined /> {t('library.preview.zoom')}
        </span>
      </button>
      <Image
        wrapperStyle={{ display: 'none' }}
        src={widest.url}
        alt={title}
        preview={{ visible: open, src: widest.url, onVisibleChange: setOpen }}
      />
    </div>
  );
}
