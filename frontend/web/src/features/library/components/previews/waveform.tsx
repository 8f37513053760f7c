import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatDuration } from '../../utils/format';
import { bucketPeaks, parsePeaks, seekTime } from '../../utils/waveform';

/** Bars of the drawn waveform: this wide, with this gap (CSS pixels). */
const BAR = 3;
const GAP = 2;
const HEIGHT = 64;
const MIN_BAR = 0.04;
/** Arrow keys move this many seconds. */
const STEP_SECONDS = 5;

/**
 * The waveform of an audio file as SVG bars under the player: the played part in colour, a click (or
 * the arrow keys) seeks. Drawn from the peaks the media pipeline measured; nothing when they did not load.
 */
export function Waveform({ peaksUrl, audio }: { peaksUrl: string; audio: RefObject<HTMLAudioElement | null> }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [peaks, setPeaks] = useState<number[] | null>(null);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setPeaks(null);
    fetch(peaksUrl, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => setPeaks(parsePeaks(data)))
      .catch(() => {
        // No waveform: the player's own controls still work.
      });
    return () => controller.abort();
  }, [peaksUrl]);

  useEffect(() => {
    const element = audio.current;
    if (!element) return undefined;
    const onTime = () => setTime(element.currentTime);
    const onDuration = () => setDuration(Number.isFinite(element.duration) ? element.duration : 0);
    onTime();
    onDuration();
    element.addEventListener('timeupdate', onTime);
    element.addEventListener('seeked', onTime);
    element.addEventListener('durationchange', onDuration);
    element.addEventListener('loadedmetadata', onDuration);
    return () => {
      element.removeEventListener('timeupdate', onTime);
      element.removeEventListener('seeked', onTime);
      element.removeEventListener('durationchange', onDuration);
      element.removeEventListener('loadedmetadata', onDuration);
    };
  }, [audio]);

  const seek = useCallback(
    (seconds: number) => {
      const element = audio.current;
      if (!element || !duration) return;
      element.currentTime = Math.min(duration, Math.max(0, seconds));
      setTime(element.currentTime);
    },
    [audio, duration],
  );

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    seek(seekTime(event.clientX - rect.left, rect.width, duration));
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowLeft: -STEP_SECONDS, ArrowRight: STEP_SECONDS, ArrowDown: -STEP_SECONDS, ArrowUp: STEP_SECONDS };
    if (event.key in moves) seek(time + moves[event.key]);
    else if (event.key === 'Home') seek(0);
    else if (event.key === 'End') seek(duration);
    else return;
    event.preventDefault();
  };

  const count = Math.max(24, Math.floor((width || 480) / (BAR + GAP)));
  const bars = peaks ? bucketPeaks(peaks, count) : [];
  const played = duration ? time / duration : 0;
  const total = bars.length * (BAR + GAP) - GAP;

  return (
    <div
      ref={box}
      className="zyk-waveform"
      role="slider"
      tabIndex={0}
      aria-label={t('library.media.waveform')}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(time)}
      aria-valuetext={t('library.media.position', { time: formatDuration(time), duration: formatDuration(duration) })}
      onClick={onClick}
      onKeyDown={onKey}
      data-testid="audio-waveform"
      data-bars={bars.length}
      data-played={played.toFixed(3)}
    >
      {bars.length ? (
        <svg className="zyk-waveform__svg" viewBox={`0 0 ${total} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {bars.map((value, index) => {
            const h = Math.max(MIN_BAR, value) * HEIGHT;
            const done = (index + 0.5) / bars.length <= played;
            return (
              <rect
                key={index}
                x={index * (BAR + GAP)}
                y={(HEIGHT - h) / 2}
                width={BAR}
                height={h}
                rx={1}
                className={done ? 'zyk-waveform__bar is-played' : 'zyk-waveform__bar'}
              />
            );
          })}
        </svg>
      ) : (
        <div className="zyk-waveform__empty" aria-hidden="true" />
      )}
    </div>
  );
}
