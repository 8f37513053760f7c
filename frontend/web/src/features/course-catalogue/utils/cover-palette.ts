import type { CourseKind } from '@zyk/shared';

/**
 * Colours of the generated cover of a course without a picture: the kind's hue (teal for 专业基础课,
 * blue for 专业核心课, as elsewhere in the library) shifted a little per course, so neighbouring cards
 * differ while a kind stays recognisable. The same course always gets the same cover.
 */
const PALETTES: Record<CourseKind, readonly (readonly [string, string])[]> = {
  FOUNDATION: [
    ['#0b7d6e', '#14a38f'],
    ['#0a6c73', '#1b9aa6'],
    ['#13705a', '#2a9d6f'],
    ['#0e5f6e', '#2a8fa8'],
  ],
  CORE: [
    ['#0d47b5', '#2f6fe0'],
    ['#1f3f9a', '#4b6fd8'],
    ['#0a3587', '#1d7fd8'],
    ['#3b3fb5', '#6a6fe6'],
    ['#11508f', '#2d8bc9'],
  ],
};

/** A small stable hash of a string (FNV-1a), for picking colours. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function coverColours(kind: CourseKind, id: string): readonly [string, string] {
  const palette = PALETTES[kind] ?? PALETTES.CORE;
  return palette[stableHash(id) % palette.length];
}
