import { Image } from 'antd';
import { useTranslation } from 'react-i18next';

/** The image, fitted to the page; clicking opens antd's viewer with zoom and rotate. */
export function ImagePreview({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-preview-image" data-testid="image-preview">
      <Image src={url} alt={title} preview={{ mask: t('library.preview.zoom') }} className="zyk-preview-image__img" />
    </div>
  );
}
