import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, RedoOutlined, UndoOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Input, Popover, Space, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface IntroEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/**
 * Tiptap limited to what the course intro keeps (the server's rich-text features: h3, bold, italic, lists,
 * links); loaded only in the portal editor (see intro-editor.tsx).
 */
export default function IntroTiptap({ value = '', onChange, id, disabled = false, 'aria-label': label }: IntroEditorProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3] },
        link: { openOnClick: false, autolink: true },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
      }),
    ],
    content: value,
    editable: !disabled,
    editorProps: {
      attributes: {
        class: 'zyk-intro-editor__content zyk-rich-text',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-label': label } : {}),
        ...(id ? { id } : {}),
        'data-testid': 'intro-editor',
      },
    },
    onUpdate: ({ editor: current }) => {
      if (!current.isDestroyed) onChange?.(current.isEmpty ? '' : current.getHTML());
    },
  });

  // Without emitting an update: only typing changes the form value.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === disabled) editor.setEditable(!disabled, false);
  }, [editor, disabled]);

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
      h3: current?.isActive('heading', { level: 3 }) ?? false,
      bullet: current?.isActive('bulletList') ?? false,
      ordered: current?.isActive('orderedList') ?? false,
      link: current?.isActive('link') ?? false,
    }),
  });

  const chain = () => editor?.chain().focus();
  const tool = (key: string, name: string, icon: ReactNode, active: boolean, run: () => void) => (
    <Tooltip title={name} key={key}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        icon={icon}
        aria-label={name}
        aria-pressed={active}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      />
    </Tooltip>
  );

  const applyLink = () => {
    const url = href.trim();
    if (url) chain()?.extendMarkRange('link').setLink({ href: /^(https?:|mailto:|\/)/.test(url) ? url : `https://${url}` }).run();
    else chain()?.extendMarkRange('link').unsetLink().run();
    setLinkOpen(false);
  };

  return (
    <div className={`zyk-intro-editor${disabled ? ' zyk-intro-editor--disabled' : ''}`}>
      <div className="zyk-intro-editor__toolbar" role="toolbar" aria-label={t('coursePortal.editor.toolbar')}>
        {tool('bold', t('coursePortal.editor.bold'), <BoldOutlined />, state?.bold ?? false, () => chain()?.toggleBold().run())}
        {tool('italic', t('coursePortal.editor.italic'), <ItalicOutlined />, state?.italic ?? false, () => chain()?.toggleItalic().run())}
        {tool('h3', t('coursePortal.editor.heading'), <span className="zyk-intro-editor__h">H3</span>, state?.h3 ?? false, () =>
          chain()?.toggleHeading({ level: 3 }).run(),
        )}
        {tool('bullet', t('coursePortal.editor.bulletList'), <UnorderedListOutlined />, state?.bullet ?? false, () => chain()?.toggleBulletList().run())}
        {tool('ordered', t('coursePortal.editor.orderedList'), <OrderedListOutlined />, state?.ordered ?? false, () =>
          chain()?.toggleOrderedList().run(),
        )}
        <Popover
          open={linkOpen && !disabled}
          onOpenChange={(open) => {
            setLinkOpen(open);
            if (open) setHref((editor?.getAttributes('link').href as string | undefined) ?? '');
          }}
          trigger="click"
          content={
            <Space.Compact>
              <Input
                value={href}
                onChange={(event) => setHref(event.target.value)}
                onPressEnter={applyLink}
                placeholder="https://"
                aria-label={t('coursePortal.editor.linkUrl')}
                style={{ width: 220 }}
              />
              <Button type="primary" onClick={applyLink}>
                {t('coursePortal.editor.linkApply')}
              </Button>
            </Space.Compact>
          }
        >
          <span>{tool('link', t('coursePortal.editor.link'), <LinkOutlined />, state?.link ?? false, () => undefined)}</span>
        </Popover>
        {tool('undo', t('coursePortal.editor.undo'), <UndoOutlined />, false, () => chain()?.undo().run())}
        {tool('redo', t('coursePortal.editor.redo'), <RedoOutlined />, false, () => chain()?.redo().run())}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
