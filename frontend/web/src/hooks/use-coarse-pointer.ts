import { useEffect, useState } from 'react';

const QUERY = '(pointer: coarse)';

/** True on touch-first devices (phones, tablets), where one-finger drags should scroll the page. */
export function useCoarsePointer(): boolean {
  const [coarse, setCoarse] = useState(() => typeof window !== 'undefined' && window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const onChange = () => setCoarse(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return coarse;
}
