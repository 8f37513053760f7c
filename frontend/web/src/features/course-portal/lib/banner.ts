import type { CSSProperties } from 'react';

/** A stable number from a string, so a course always gets the same generated banner. */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

/** The banner's colours: a hue per course between deep blue, teal and violet (white text stays readable). */
export function bannerStyle(seed: number): CSSProperties {
  const hues = [214, 222, 190, 176, 252, 266, 200];
  const hue = hues[seed % hues.length];
  return {
    '--zyk-banner-a': `hsl(${hue} 78% 22%)`,
    '--zyk-banner-b': `hsl(${(hue + 24) % 360} 72% 38%)`,
    '--zyk-banner-c': `hsl(${(hue + 48) % 360} 80% 62%)`,
  } as CSSProperties;
}
