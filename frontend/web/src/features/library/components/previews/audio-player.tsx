import { SoundOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../utils/format';

/** HTML5 audio with the browser's controls, on a calm panel with the title and length. */
export function AudioPlayer({ url, title, duration }: { url: string; title: string; duration?: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-preview-audio">
      <SoundOutlined className="zyk-preview-audio__icon" aria-hidden />
      <p className="zyk-preview-audio__title">{title}</p>
      {duration ? <p className="zyk-muted">{t('library.meta.durationValue', { value: formatDuration(duration) })}</p> : null}
      <audio className="zyk-preview-audio__player" controls preload="metadata" src={url} aria-label={t('library.preview.audioLabel', { title })} data-testid="audio-player">
        {t('library.preview.noAudio')}
      </audio>
    </div>
  );
}
