/** The waveform's arithmetic (pure, tested apart from the drawing). */

/**
 * `count` bars from the peaks (about a thousand 0..1 values): each bar the loudest peak of its slice, so
 * short loud sounds still show, scaled so the loudest bar is full height (a quiet recording keeps its
 * shape). Fewer peaks than bars are spread out.
 */
export function bucketPeaks(peaks: number[], count: number): number[] {
  if (count <= 0 || !peaks.length) return [];
  const bars: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = Math.floor((i * peaks.length) / count);
    const end = Math.max(start + 1, Math.floor(((i + 1) * peaks.length) / count));
    let loudest = 0;
    for (let j = start; j < end && j < peaks.length; j += 1) loudest = Math.max(loudest, peaks[j]);
    bars.push(Math.min(1, Math.max(0, loudest)));
  }
  const top = Math.max(...bars);
  return top > 0 ? bars.map((bar) => bar / top) : bars;
}

/** The time a click at `x` (from the waveform's left edge, `width` wide) points at. */
export function seekTime(x: number, width: number, duration: number): number {
  if (!width || !Number.isFinite(duration) || duration <= 0) return 0;
  return Math.min(duration, Math.max(0, (x / width) * duration));
}

/** Valid peaks from the JSON the pipeline wrote (a list of 0..1 numbers), else null. */
export function parsePeaks(data: unknown): number[] | null {
  if (!Array.isArray(data) || !data.length) return null;
  const peaks = data.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return peaks.length ? peaks : null;
}
