import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryResource } from '../api/get-resource';
import { previewKind } from '../utils/preview-kind';
import { AudioPlayer } from './previews/audio-player';
import { ExternalLink } from './previews/external-link';
import { ImagePreview } from './previews/image-preview';
import { OfficePreview } from './previews/office-preview';
import { SimulationFrame } from './previews/simulation-frame';
import { TextBody } from './previews/text-body';
import { VideoPlayer } from './previews/video-player';

// pdf.js is large: loaded only when a PDF is shown.
const PdfViewer = lazy(() => import('./previews/pdf-viewer'));

/** The viewer that fits the resource (see previewKind). */
export function ResourcePreview({ resource }: { resource: LibraryResource }) {
  const { t } = useTranslation();
  const kind = previewKind(resource);
  const url = resource.previewUrl ?? '';
  let viewer;
  switch (kind) {
    case 'image':
      viewer = <ImagePreview url={url} title={resource.title} />;
      break;
    case 'video':
      viewer = <VideoPlayer source={{ kind: 'file', url, mime: resource.file?.mime }} title={resource.title} width={resource.file?.width} height={resource.file?.height} />;
      break;
    case 'audio':
      viewer = <AudioPlayer url={url} title={resource.title} duration={resource.file?.durationSeconds} />;
      break;
    case 'pdf':
      viewer = (
        <Suspense
          fallback={
            <div className="zyk-pdf__loading" data-testid="pdf-loading">
              <Spin tip={t('library.pdf.loading')}>
                <span />
              </Spin>
            </div>
          }
        >
          <PdfViewer url={url} title={resource.title} />
        </Suspense>
      );
      break;
    case 'office':
      viewer = <OfficePreview resource={resource} />;
      break;
    case 'text':
      viewer = resource.body ? <TextBody html={resource.body} /> : <p className="zyk-muted">{t('library.preview.emptyText')}</p>;
      break;
    case 'simulation':
      viewer = <SimulationFrame id={resource.id} title={resource.title} />;
      break;
    case 'link':
      viewer = <ExternalLink href={resource.url} />;
      break;
    default:
      viewer = <p className="zyk-muted">{t('library.preview.none')}</p>;
  }
  return (
    <section className={`zyk-card zyk-resource-preview zyk-resource-preview--${kind}`} aria-label={t('library.preview.title')} data-testid="resource-preview" data-kind={kind}>
      {viewer}
    </section>
  );
}
