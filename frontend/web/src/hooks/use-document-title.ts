import { useEffect } from 'react';

/** Sets document.title while the calling page is shown (screen readers announce it on navigation). */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
