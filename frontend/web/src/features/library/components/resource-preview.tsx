import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryResource } from '../api/get-resource';
import { conversionOffer, originalShowsWhileConverting, previewPlan, type ConvertedView, type PreviewPlan } from '../utils/media-plan';
import { ConversionActions } from './conversion-actions';
import { MediaFailedPanel, MediaProgressNote, MediaProgressPanel } from './media-status';
import { AudioPlayer } from './previews/audio-player';
import { ExternalLink } from './previews/external-link';
import { ImagePreview } from './previews/image-preview';
import { OfficePreview } from './previews/office-preview';
import { PageImages } from './previews/page-images';
import { PicturePreview } from './previews/picture-preview';
import { SimulationFrame } from './previews/simulation-frame';
import { TextBody } from './previews/text-body';
import { VideoPlayer } from './previews/video-player';
import './media-preview.css';

// pdf.js is large: loaded only when a PDF is shown.
const PdfViewer = lazy(() => import('./previews/pdf-viewer'));

/** Today's viewer of the original file. */
function OriginalViewer({ resource, kind, officeNote }: { resource: LibraryResource; kind: PreviewPlan['kind']; officeNote: boolean }) {
  const { t } = useTranslation();
  const url = resource.previewUrl ?? '';
  switch (kind) {
    case 'image':
      return <ImagePreview url={url} title={resource.title} />;
    case 'video':
      return <VideoPlayer source={{ kind: 'file', url, mime: resource.file?.mime }} title={resource.title} width={resource.file?.width} height={resource.file?.height} />;
    case 'audio':
      return <AudioPlayer url={url} title={resource.title} duration={resource.file?.durationSeconds} />;
    case 'pdf':
      return (
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
    case 'office':
      return <OfficePreview resource={resource} note={officeNote} />;
    case 'text':
      return resource.body ? <TextBody html={resource.body} /> : <p className="zyk-muted">{t('library.preview.emptyText')}</p>;
    case 'simulation':
      return <SimulationFrame id={resource.id} title={resource.title} />;
    case 'link':
      return <ExternalLink href={resource.url} />;
    default:
      return <p className="zyk-muted">{t('library.preview.none')}</p>;
  }
}

/** The viewer of the converted media. */
function ConvertedViewer({ resource, view }: { resource: LibraryResource; view: ConvertedView }) {
  const file = resource.file;
  switch (view.viewer) {
    case 'hls':
      return (
        <VideoPlayer
          source={{ kind: 'hls', url: view.url, fallbackUrl: view.fallbackUrl || undefined }}
          title={resource.title}
          width={file?.width}
          height={file?.height}
          poster={view.posterUrl}
          subtitleUrl={view.subtitleUrl}
          subtitles={resource.media?.subtitles}
        />
      );
    case 'clip':
      return (
        <VideoPlayer
          source={{ kind: 'sources', sources: view.sources }}
          title={resource.title}
          width={file?.width}
          height={file?.height}
          poster={view.posterUrl}
          subtitleUrl={view.subtitleUrl}
          subtitles={resource.media?.subtitles}
          loop={resource.type === 'ANIMATION'}
        />
      );
    case 'audio':
      return <AudioPlayer url={view.url} title={resource.title} duration={file?.durationSeconds} peaksUrl={view.peaksUrl || undefined} />;
    case 'picture':
      return <PicturePreview images={view.images} title={resource.title} />;
    case 'pages':
      return <PageImages pages={view.pages} title={resource.title} pdfUrl={resource.canDownload ? view.pdfUrl : undefined} />;
    case 'package':
      return <SimulationFrame id={resource.id} title={resource.title} packageUrl={view.url} />;
    default:
      return null;
  }
}

/**
 * The viewer that fits the resource: its converted media (HLS video, normalised audio with a waveform,
 * web images, page images, the unpacked package) when there is some, today's viewer of the original
 * otherwise (see previewPlan). While the conversion runs, its progress; when it failed, why (and a retry
 * for editors). The rest of the page never waits for it.
 */
export function ResourcePreview({ resource }: { resource: LibraryResource }) {
  const { t } = useTranslation();
  const plan = previewPlan(resource);
  const { kind, converted, status } = plan;
  const media = resource.media;
  let notice: ReactNode = null;
  let viewer: ReactNode;
  if (media && status === 'converting') {
    if (originalShowsWhileConverting(kind)) {
      notice = <MediaProgressPanel media={media} compact />;
      viewer = <OriginalViewer resource={resource} kind={kind} officeNote={false} />;
    } else {
      viewer = <MediaProgressPanel media={media} />;
    }
  } else {
    if (media && status === 'early') notice = <MediaProgressNote media={media} />;
    if (media && status === 'failed') notice = <MediaFailedPanel resourceId={resource.id} media={media} />;
    viewer = converted ? (
      <ConvertedViewer resource={resource} view={converted} />
    ) : (
      <OriginalViewer resource={resource} kind={kind} officeNote={status === 'none'} />
    );
  }
  const offer = conversionOffer(kind, resource.type, media);
  const standardUrl = offer === 'PDF' ? (converted?.viewer === 'pages' ? '' : (media?.pdfUrl ?? '')) : (media?.mp4Url ?? '');
  // The page list links its PDF itself; an office document whose PDF was made needs no second link.
  // Not while the standard conversion is still on its way (it may make the PDF or MP4 itself).
  const actions =
    media && offer && status !== 'converting' && !(offer === 'PDF' && converted?.viewer === 'pages' && media.pdfUrl) ? (
      <ConversionActions resourceId={resource.id} kind={offer} media={media} canDownload={resource.canDownload} standardUrl={standardUrl} />
    ) : null;
  const panel = status === 'converting' && !originalShowsWhileConverting(kind);
  const shown = panel ? 'progress' : converted ? converted.viewer : kind;
  return (
    <section
      className={`zyk-card zyk-resource-preview zyk-resource-preview--${shown}`}
      aria-label={t('library.preview.title')}
      data-testid="resource-preview"
      data-kind={kind}
      data-viewer={shown}
      data-media-status={status}
    >
      {notice}
      {viewer}
      {actions}
    </section>
  );
}
