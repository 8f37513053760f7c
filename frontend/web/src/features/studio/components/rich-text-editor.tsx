import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RichTextEditorProps } from './tiptap-editor';

// Tiptap and ProseMirror are loaded only on pages that edit a text resource.
const TiptapEditor = lazy(() => import('./tiptap-editor'));

/** The rich-text editor of text resources (HTML out); a form control (value / onChange). */
export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
      <TiptapEditor {...props} />
    </Suspense>
  );
}
