import { bucketPeaks, parsePeaks, seekTime } from './waveform';

describe('bucketPeaks', () => {
  it('keeps the loudest peak of each slice and scales the loudest bar to full height', () => {
    expect(bucketPeaks([0.1, 0.2, 0.05, 0.4, 0.2, 0.1], 3)).toEqual([0.5, 1, 0.5]);
  });

  it('spreads fewer peaks over more bars, and draws nothing without peaks or room', () => {
    expect(bucketPeaks([0.5, 1], 4)).toEqual([0.5, 0.5, 1, 1]);
    expect(bucketPeaks([], 10)).toEqual([]);
    expect(bucketPeaks([0.3], 0)).toEqual([]);
  });

  it('clamps values outside 0..1 and leaves silence flat', () => {
    expect(bucketPeaks([2, -1], 2)).toEqual([1, 0]);
    expect(bucketPeaks([0, 0, 0], 3)).toEqual([0, 0, 0]);
  });
});

describe('seekTime', () => {
  it('maps a click across the width to the time, within the duration', () => {
    expect(seekTime(150, 600, 120)).toBe(30);
    expect(seekTime(-10, 600, 120)).toBe(0);
    expect(seekTime(700, 600, 120)).toBe(120);
    expect(seekTime(100, 0, 120)).toBe(0);
    expect(seekTime(100, 600, Number.NaN)).toBe(0);
  });
});

describe('parsePeaks', () => {
  it('takes a list of numbers and refuses anything else', () => {
    expect(parsePeaks([0.1, 'x', 0.5, null])).toEqual([0.1, 0.5]);
    expect(parsePeaks({ peaks: [0.1] })).toBeNull();
    expect(parsePeaks([])).toBeNull();
    expect(parsePeaks(['a'])).toBeNull();
  });
});
