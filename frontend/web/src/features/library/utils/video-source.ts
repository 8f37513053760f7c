/**
 * Where a video comes from. Today the file itself (progressive MP4); when the media pipeline serves HLS
 * renditions (issue 5) add `{ kind: 'hls'; url }` here and load hls.js in `attachVideoSource` — the
 * player component does not change.
 */
export type VideoSource = { kind: 'file'; url: string; mime?: string };

/** Points a <video> element at a source; returns what undoes it (detach on unmount or source change). */
export function attachVideoSource(video: HTMLVideoElement, source: VideoSource): () => void {
  switch (source.kind) {
    case 'file':
    default:
      video.src = source.url;
      return () => {
        video.removeAttribute('src');
        video.load();
      };
  }
}
