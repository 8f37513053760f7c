import { useState } from 'react';

/**
 * True on touch-first devices (phones, tablets), where one-finger drags should scroll the page.
 * Read once per mount: a device rarely changes its primary pointer, and re-laying out the graph
 * when it does (or when a tool re-emulates the screen) is not worth the flicker.
 */
export function useCoarsePointer(): boolean {
  const [coarse] = useState(() => typeof window !== 'undefined' && window.matchMedia('(pointer: coarse)').matches);
  return coarse;
}
