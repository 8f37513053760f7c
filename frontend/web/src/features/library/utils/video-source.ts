/**
 * Where a video comes from: the original file (progressive), the converted HLS ladder (with an MP4 to
 * fall back on), or converted clips the browser picks from (an animation's WebM and MP4).
 */
export type VideoSource =
  | { kind: 'file'; url: string; mime?: string }
  | { kind: 'hls'; url: string; fallbackUrl?: string }
  | { kind: 'sources'; sources: { url: string; type: string }[] };

/** How this browser plays HLS: natively (Safari, iOS), through hls.js (Media Source Extensions), or not at all. */
export type HlsMode = 'native' | 'hlsjs' | 'none';

const HLS_MIME = 'application/vnd.apple.mpegurl';
const H264 = 'video/mp4; codecs="avc1.42E01E,mp4a.40.2"';

interface MediaSourceLike {
  isTypeSupported?: (type: string) => boolean;
}

function mediaSourceSupported(scope: Record<string, unknown>): boolean {
  const source = (scope.ManagedMediaSource ?? scope.MediaSource) as MediaSourceLike | undefined;
  return typeof source?.isTypeSupported === 'function' && source.isTypeSupported(H264);
}

/** Safari and every iOS browser (all WebKit): their own HLS is the better player there. */
function appleWebKit(userAgent: string): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  return /Safari\//.test(userAgent) && /Apple/.test(userAgent) && !/Chrome\/|Chromium\/|Edg\/|Android/.test(userAgent);
}

/**
 * Native HLS where the browser has it and is Safari (or has no Media Source Extensions, as older
 * iPhones); hls.js where MSE plays H.264; else nothing (the caller falls back to the MP4).
 */
export function hlsMode(
  video: Pick<HTMLVideoElement, 'canPlayType'>,
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent,
): HlsMode {
  const native = video.canPlayType(HLS_MIME) !== '';
  const mse = mediaSourceSupported(scope);
  if (native && (!mse || appleWebKit(userAgent))) return 'native';
  if (mse) return 'hlsjs';
  return native ? 'native' : 'none';
}

/** hls.js is large: a chunk of its own, loaded the first time a converted video plays without native HLS. */
export const loadHls = () => import('hls.js/light').then((module) => module.default);

/**
 * Points a <video> element at a source; returns what undoes it (detach on unmount or source change).
 * `onMode` is told how the video plays (tests and the e2e check read it). When hls.js gives up (a fatal
 * error it cannot recover from) or cannot load, the MP4 is played instead.
 */
export function attachVideoSource(
  video: HTMLVideoElement,
  source: VideoSource,
  { load = loadHls, onMode }: { load?: typeof loadHls; onMode?: (mode: HlsMode | 'file') => void } = {},
): () => void {
  const release = () => {
    video.removeAttribute('src');
    video.load();
  };
  switch (source.kind) {
    case 'sources':
      // The player renders these as <source> children (React owns them); nothing to attach here.
      onMode?.('file');
      return () => {};
    case 'hls': {
      const mode = hlsMode(video);
      onMode?.(mode);
      if (mode === 'native') {
        video.src = source.url;
        return release;
      }
      if (mode === 'none') {
        if (source.fallbackUrl) video.src = source.fallbackUrl;
        return release;
      }
      let cancelled = false;
      let destroy: (() => void) | null = null;
      load()
        .then((Hls) => {
          if (cancelled) return;
          if (!Hls.isSupported()) {
            if (source.fallbackUrl) video.src = source.fallbackUrl;
            return;
          }
          const hls = new Hls({ capLevelToPlayerSize: true, startLevel: -1 });
          destroy = () => hls.destroy();
          hls.on(Hls.Events.ERROR, (_event, data) => {
            if (!data.fatal) return;
            if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
              hls.recoverMediaError();
              return;
            }
            hls.destroy();
            destroy = null;
            if (source.fallbackUrl) video.src = source.fallbackUrl;
          });
          hls.loadSource(source.url);
          hls.attachMedia(video);
        })
        .catch(() => {
          // The chunk did not load (offline, new deployment): the MP4 still plays.
          if (!cancelled && source.fallbackUrl) video.src = source.fallbackUrl;
        });
      return () => {
        cancelled = true;
        destroy?.();
        release();
      };
    }
    case 'file':
    default:
      video.src = source.url;
      onMode?.('file');
      return release;
  }
}
