import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { IntroEditorProps } from './intro-tiptap';

// Tiptap and ProseMirror load only when the portal editor opens.
const IntroTiptap = lazy(() => import('./intro-tiptap'));

/** The course intro's rich-text editor (HTML out); a form control (value / onChange). */
export function IntroEditor(props: IntroEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
      <IntroTiptap {...props} />
    </Suspense>
  );
}
