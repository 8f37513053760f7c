import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Tooltip } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RichTextEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
  'aria-label'?: string;
}

/** Tiptap with a small toolbar; loaded only where a text resource is edited (see rich-text-editor.tsx). */
export default function TiptapEditor({ value = '', onChange, id, 'aria-label': label }: RichTextEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false } })],
    content: value,
    editorProps: {
      attributes: {
        class: 'zyk-studio__editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-label': label } : {}),
        ...(id ? { id } : {}),
        'data-testid': 'rich-text-editor',
      },
    },
    onUpdate: ({ editor: current }) => {
      if (!current.isDestroyed) onChange?.(current.isEmpty ? '' : current.getHTML());
    },
  });

  // A value set from outside (the draft loaded, the form reset) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (value !== editor.getHTML() && !(value === '' && editor.isEmpty)) {
      editor.commands.setContent(value || '', { emitUpdate: false });
    }
  }, [editor, value]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      h2: current?.isActive('heading', { level: 2 }) ?? false,
      h3: current?.isActive('heading', { level: 3 }) ?? false,
      bullet: current?.isActive('bulletList') ?? false,
      ordered: current?.isActive('orderedList') ?? false,
      quote: current?.isActive('blockquote') ?? false,
    }),
  });

  const tool = (key: string, label: string, icon: ReactNode, active: boolean, run: () => void) => (
    <Tooltip title={label} key={key}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      />
    </Tooltip>
  );
  const chain = () => editor?.chain().focus();

  return (
    <div className="zyk-studio__editor">
      <div className="zyk-studio__editor-toolbar" role="toolbar" aria-label={t('studio.editor.toolbar')}>
        {tool('bold', t('studio.editor.bold'), <BoldOutlined />, state?.bold ?? false, () => chain()?.toggleBold().run())}
        {tool('italic', t('studio.editor.italic'), <ItalicOutlined />, state?.italic ?? false, () => chain()?.toggleItalic().run())}
        {tool('h2', t('studio.editor.heading2'), <span className="zyk-studio__editor-h">H2</span>, state?.h2 ?? false, () =>
          chain()?.toggleHeading({ level: 2 }).run(),
        )}
        {tool('h3', t('studio.editor.heading3'), <span className="zyk-studio__editor-h">H3</span>, state?.h3 ?? false, () =>
          chain()?.toggleHeading({ level: 3 }).run(),
        )}
        {tool('bullet', t('studio.editor.bulletList'), <UnorderedListOutlined />, state?.bullet ?? false, () =>
          chain()?.toggleBulletList().run(),
        )}
        {tool('ordered', t('studio.editor.orderedList'), <OrderedListOutlined />, state?.ordered ?? false, () =>
          chain()?.toggleOrderedList().run(),
        )}
        {tool('quote', t('studio.editor.quote'), <span className="zyk-studio__editor-h">“”</span>, state?.quote ?? false, () =>
          chain()?.toggleBlockquote().run(),
        )}
        {tool('undo', t('studio.editor.undo'), <UndoOutlined />, false, () => chain()?.undo().run())}
        {tool('redo', t('studio.editor.redo'), <RedoOutlined />, false, () => chain()?.redo().run())}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
