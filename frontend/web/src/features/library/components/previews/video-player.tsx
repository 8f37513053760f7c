import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { attachVideoSource, type HlsMode, type VideoSource } from '../../utils/video-source';

export interface SubtitleTrack {
  /** BCP 47: zh-CN or en. */
  language: string;
  label: string;
  url: string;
}

export interface VideoPlayerProps {
  source: VideoSource;
  title: string;
  width?: number | null;
  height?: number | null;
  /** A still shown before playing (the converted poster). */
  poster?: string;
  /** WebVTT subtitles (a single track, when `subtitles` lists none). */
  subtitleUrl?: string;
  /** Every attached subtitle track, one per language; the Chinese one (else the first) shows by default. */
  subtitles?: readonly SubtitleTrack[];
  /** An animation: loops silently like the GIF it came from. */
  loop?: boolean;
}

/** Tracks and posters from another origin (the CDN) need CORS; same-origin ones must not ask for it. */
function crossOrigin(urls: (string | undefined)[]): 'anonymous' | undefined {
  if (typeof window === 'undefined') return undefined;
  return urls.some((url) => url && /^https?:\/\//.test(url) && new URL(url).origin !== window.location.origin) ? 'anonymous' : undefined;
}

/** The <track>s: the listed ones, or the single `subtitleUrl` in the page's language. */
function subtitleTracks(subtitles: readonly SubtitleTrack[] | undefined, subtitleUrl: string | undefined, fallback: SubtitleTrack) {
  const list = subtitles?.length ? subtitles : subtitleUrl ? [{ ...fallback, url: subtitleUrl }] : [];
  const preferred = list.find((track) => track.language === 'zh-CN') ?? list[0];
  return list.map((track) => ({ ...track, isDefault: track === preferred }));
}

/**
 * HTML5 video with the browser's controls; plays inline on phones. A converted video streams as HLS
 * (native on Safari, hls.js elsewhere), with its poster and subtitles.
 */
export function VideoPlayer({ source, title, width, height, poster, subtitleUrl, subtitles, loop = false }: VideoPlayerProps) {
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
  const tracks = subtitleTracks(subtitles, subtitleUrl, {
    language: language === 'en' ? 'en' : 'zh-CN',
    label: t('library.media.subtitles'),
    url: '',
  });
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
        crossOrigin={crossOrigin([...tracks.map((track) => track.url), source.kind === 'hls' ? source.url : undefined])}
        controlsList="nodownload"
        aria-label={t('library.preview.videoLabel', { title })}
        data-testid="video-player"
        data-source={source.kind}
        data-mode={mode ?? undefined}
        style={{ aspectRatio: ratio }}
      >
        {source.kind === 'sources' ? source.sources.map((s) => <source key={s.url} src={s.url} type={s.type} />) : null}
        {tracks.map((track) => (
          <track key={track.language} kind="subtitles" src={track.url} srcLang={track.language} label={track.label} default={track.isDefault} />
        ))}
        {t('library.preview.noVideo')}
      </video>
    </div>
  );
}
