import { SoundOutlined } from '@ant-design/icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../utils/format';
import { Waveform } from './waveform';

/**
 * HTML5 audio with the browser's controls, on a calm panel with the title and length. A converted file
 * (loudness-normalised AAC) gets its waveform, which seeks on click.
 */
export function AudioPlayer({ url, title, duration, peaksUrl }: { url: string; title: string; duration?: number | null; peaksUrl?: string }) {
  const { t } = useTranslation();
  const audio = useRef<HTMLAudioElement>(null);
  return (
    <div className="zyk-preview-audio">
      <SoundOutlined className="zyk-preview-audio__icon" aria-hidden />
      <p className="zyk-preview-audio__title">{title}</p>
      {duration ? <p className="zyk-muted">{t('library.meta.durationValue', { value: formatDuration(duration) })}</p> : null}
      {peaksUrl ? <Waveform peaksUrl={peaksUrl} audio={audio} /> : null}
      <audio ref={audio} className="zyk-preview-audio__player" controls preload="metadata" src={url} aria-label={t('library.preview.audioLabel', { title })} data-testid="audio-player">
        {t('library.preview.noAudio')}
      </audio>
    </div>
  );
}
