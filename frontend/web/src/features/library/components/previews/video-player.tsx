import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { attachVideoSource, type HlsMode, type VideoSource } from '../../utils/video-source';

export interface VideoPlayerProps {
  source: VideoSource;
  title: string;
  width?: number | null;
  height?: number | null;
  /** A still shown before playing (the converted poster). */
  poster?: string;
  /** WebVTT subtitles. */
  subtitleUrl?: string;
  /** An animation: loops silently like the GIF it came from. */
  loop?: boolean;
}

/** Tracks and posters from another origin (the CDN) need CORS; same-origin ones must not ask for it. */
function crossOrigin(urls: (string | undefined)[]): 'anonymous' | undefined {
  if (typeof window === 'undefined') return undefined;
  return urls.some((url) => url && /^https?:\/\//.test(url) && new URL(url).origin !== window.location.origin) ? 'anonymous' : undefined;
}

/**
 * HTML5 video with the browser's controls; plays inline on phones. A converted video streams as HLS
 * (native on Safari, hls.js elsewhere), with its poster and subtitles.
 */
export function VideoPlayer({ source, title, width, height, poster, subtitleUrl, loop = false }: VideoPlayerProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ref = useRef<HTMLVideoElement>(null);
  const [mode, setMode] = useState<HlsMode | 'file' | null>(null);
  // One key for the effect: a new source (or a changed URL) re-attaches, a re-render does not.
  const key = JSON.stringify(source);
  useEffect(() => {
    const video = ref.current;
    if (!video) return undefined;
    return attachVideoSource(video, JSON.parse(key) as VideoSource, { onMode: setMode });
  }, [key]);
  const ratio = width && height ? `${width} / ${height}` : '16 / 9';
  return (
    <div className="zyk-preview-video">
      <video
        key={source.kind === 'sources' ? key : source.kind}
        ref={ref}
        className="zyk-preview-video__player"
        controls
        preload="metadata"
        playsInline
        loop={loop}
        muted={loop}
        autoPlay={loop}
        poster={poster || undefined}
        crossOrigin={crossOrigin([subtitleUrl, source.kind === 'hls' ? source.url : undefined])}
        controlsList="nodownload"
        aria-label={t('library.preview.videoLabel', { title })}
        data-testid="video-player"
        data-source={source.kind}
        data-mode={mode ?? undefined}
        style={{ aspectRatio: ratio }}
      >
        {source.kind === 'sources' ? source.sources.map((s) => <source key={s.url} src={s.url} type={s.type} />) : null}
        {subtitleUrl ? (
          <track kind="subtitles" src={subtitleUrl} srcLang={language === 'en' ? 'en' : 'zh'} label={t('library.media.subtitles')} default />
        ) : null}
        {t('library.preview.noVideo')}
      </video>
    </div>
  );
}
