import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachVideoSource, type VideoSource } from '../../utils/video-source';

/** HTML5 video with the browser's controls; plays inline on phones. */
export function VideoPlayer({ source, title, width, height }: { source: VideoSource; title: string; width?: number | null; height?: number | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLVideoElement>(null);
  const { kind, url } = source;
  useEffect(() => {
    const video = ref.current;
    if (!video) return undefined;
    return attachVideoSource(video, { kind, url });
  }, [kind, url]);
  const ratio = width && height ? `${width} / ${height}` : '16 / 9';
  return (
    <div className="zyk-preview-video">
      <video
        ref={ref}
        className="zyk-preview-video__player"
        controls
        preload="metadata"
        playsInline
        controlsList="nodownload"
        aria-label={t('library.preview.videoLabel', { title })}
        data-testid="video-player"
        style={{ aspectRatio: ratio }}
      >
        {t('library.preview.noVideo')}
      </video>
    </div>
  );
}
