import { BoldOutlined, ItalicOutlined, LoadingOutlined, OrderedListOutlined, PictureOutlined, UnderlineOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App, Button, Tooltip } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCoarsePointer } from '@/hooks/use-coarse-pointer';
import { IMAGE_ACCEPT, useUploadMedia } from '../api/media-upload';
import { FormulaDialog } from './formula-dialog';
import { ItemImage, MathDisplay, MathInline, type FormulaTarget } from './math-nodes';

export interface RichEditorProps {
  value: string;
  onChange: (html: string) => void;
  /** One line of text (an option, a pair): no lists, and the wrapping paragraph is dropped. */
  compact?: boolean;
  'aria-label': string;
  'data-testid'?: string;
  invalid?: boolean;
  placeholder?: string;
}

const SINGLE_PARAGRAPH = /^<p>((?:(?!<p[\s>]).)*)<\/p>$/s;

/** The HTML to store: empty when nothing is written; a compact field keeps its line without `<p>`. */
function output(html: string, empty: boolean, compact: boolean): string {
  if (empty) return '';
  if (compact) {
    const match = SINGLE_PARAGRAPH.exec(html);
    if (match) return match[1];
  }
  return html;
}

/**
 * Rich text of items (stems, options, answers, explanations): bold, italic, underline, lists and formulas
 * (∑ inserts one, a click on one edits it) and images (the picture tool, or pasting / dropping an image file:
 * uploaded to the course's bank, inserted as `<img src="/questions/images/…">`) in the markup the server's
 * allowlist keeps.
 */
export function RichEditor({ value, onChange, compact = false, invalid = false, placeholder, ...rest }: RichEditorProps) {
  const { t } = useTranslation();
  const [formula, setFormula] = useState<FormulaTarget | null>(null);
  // On touch screens a tapped tool's tooltip would stay over the formula dialog: the buttons' labels suffice.
  const coarse = useCoarsePointer();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const lastEmitted = useRef(value);
  // The editor lives on /courses/:id/questions/…: images go to that course's bank.
  const { id: courseId } = useParams();
  const { message } = App.useApp();
  const upload = useUploadMedia(courseId ?? '', 'images');
  const fileInput = useRef<HTMLInputElement>(null);
  const editorRef = useRef<Editor | null>(null);
  /** Uploads each file (the server sniffs it and says why it refuses one) and inserts the image at `at`. */
  const insertImages = (files: File[], at?: number) => {
    if (!courseId || files.length === 0) return false;
    for (const file of files) {
      upload.mutate(file, {
        onSuccess: ({ url }) => {
          const current = editorRef.current;
          if (!current || current.isDestroyed) return;
          const chained = current.chain().focus();
          (at === undefined ? chained : chained.setTextSelection(Math.min(at, current.state.doc.content.size)))
            .insertContent({ type: 'image', attrs: { src: url, alt: file.name } })
            .run();
        },
        onError: (error) => void message.error(t('questionBank.media.imageFailed', { name: file.name, reason: error.message })),
      });
    }
    return true;
  };
  const insertImagesRef = useRef(insertImages);
  insertImagesRef.current = insertImages;

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
        bulletList: compact ? false : undefined,
        orderedList: compact ? false : undefined,
        listItem: compact ? false : undefined,
      }),
      MathInline.configure({ onEdit: (target) => setFormula(target) }),
      MathDisplay.configure({ onEdit: (target) => setFormula(target) }),
      ItemImage,
    ],
    content: value,
    editorProps: {
      attributes: {
        class: `zyk-qb-rich__content zyk-rich-text${compact ? ' zyk-qb-rich__content--compact' : ''}`,
        role: 'textbox',
        'aria-multiline': compact ? 'false' : 'true',
        'aria-label': rest['aria-label'],
        ...(placeholder ? { 'data-placeholder': placeholder } : {}),
        ...(rest['data-testid'] ? { 'data-testid': rest['data-testid'] } : {}),
      },
      handlePaste: (_view, event) => {
        const files = Array.from(event.clipboardData?.files ?? []).filter((file) => file.type.startsWith('image/'));
        if (files.length === 0 || !insertImagesRef.current(files)) return false;
        event.preventDefault();
        return true;
      },
      handleDrop: (view, event) => {
        const files = Array.from(event.dataTransfer?.files ?? []).filter((file) => file.type.startsWith('image/'));
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        if (files.length === 0 || !insertImagesRef.current(files, at)) return false;
        event.preventDefault();
        return true;
      },
    },
    onUpdate: ({ editor: current }) => {
      if (current.isDestroyed) return;
      const html = output(current.getHTML(), current.isEmpty, compact);
      lastEmitted.current = html;
      onChangeRef.current(html);
    },
  });

  editorRef.current = editor;

  // A value set from outside (the item loaded, the type changed) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed || value === lastEmitted.current) return;
    lastEmitted.current = value;
    editor.commands.setContent(value || '', { emitUpdate: false });
  }, [editor, value]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      underline: current?.isActive('underline') ?? false,
      bullet: current?.isActive('bulletList') ?? false,
      ordered: current?.isActive('orderedList') ?? false,
      empty: current?.isEmpty ?? true,
    }),
  });

  const chain = () => editor?.chain().focus();
  const tool = (key: string, name: string, icon: ReactNode, active: boolean, run: () => void) => (
    <Tooltip title={coarse ? undefined : name} key={key}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        icon={icon}
        aria-label={name}
        aria-pressed={active}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
        data-testid={`rich-${key}`}
      />
    </Tooltip>
  );

  const saveFormula = (latex: string, display: boolean) => {
    const target = formula;
    setFormula(null);
    if (!editor || !target) return;
    const type = display && !compact ? 'mathDisplay' : 'mathInline';
    if (target.pos !== null && (target.display === display || compact)) {
      editor.chain().focus().command(({ tr }) => {
        tr.setNodeMarkup(target.pos as number, undefined, { latex });
        return true;
      }).run();
      return;
    }
    const chained = editor.chain().focus();
    if (target.pos !== null) chained.deleteRange({ from: target.pos, to: target.pos + 1 });
    chained.insertContent({ type, attrs: { latex } }).run();
  };

  const removeFormula = () => {
    const target = formula;
    setFormula(null);
    if (editor && target?.pos !== null && target) editor.chain().focus().deleteRange({ from: target.pos as number, to: (target.pos as number) + 1 }).run();
  };

  return (
    <div className={`zyk-qb-rich${compact ? ' zyk-qb-rich--compact' : ''}${invalid ? ' zyk-qb-rich--invalid' : ''}`}>
      <div className="zyk-qb-rich__toolbar" role="toolbar" aria-label={t('questionBank.rich.toolbar')}>
        {tool('bold', t('questionBank.rich.bold'), <BoldOutlined />, state?.bold ?? false, () => chain()?.toggleBold().run())}
        {tool('italic', t('questionBank.rich.italic'), <ItalicOutlined />, state?.italic ?? false, () => chain()?.toggleItalic().run())}
        {tool('underline', t('questionBank.rich.underline'), <UnderlineOutlined />, state?.underline ?? false, () => chain()?.toggleUnderline().run())}
        {compact
          ? null
          : [
              tool('bullet', t('questionBank.rich.bulletList'), <UnorderedListOutlined />, state?.bullet ?? false, () => chain()?.toggleBulletList().run()),
              tool('ordered', t('questionBank.rich.orderedList'), <OrderedListOutlined />, state?.ordered ?? false, () =>
                chain()?.toggleOrderedList().run(),
              ),
            ]}
        {tool('formula', t('questionBank.rich.formula'), <span className="zyk-qb-rich__sigma">∑</span>, false, () =>
          setFormula({ latex: '', display: false, pos: null }),
        )}
        {courseId
          ? tool('image', t('questionBank.media.insertImage'), upload.isPending ? <LoadingOutlined /> : <PictureOutlined />, false, () => fileInput.current?.click())
          : null}
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_ACCEPT}
          style={{ display: 'none' }}
          data-testid={rest['data-testid'] ? `${rest['data-testid']}-image-file` : undefined}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            insertImages(files);
          }}
        />
      </div>
      <EditorContent editor={editor} />
      {state?.empty && placeholder ? <div className="zyk-qb-rich__placeholder">{placeholder}</div> : null}
      <FormulaDialog
        open={formula !== null}
        latex={formula?.latex ?? ''}
        display={formula?.display ?? false}
        onCancel={() => setFormula(null)}
        onOk={saveFormula}
        onRemove={formula?.pos !== null && formula ? removeFormula : undefined}
      />
    </div>
  );
}
