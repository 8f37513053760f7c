import { Alert, Input, Modal, Segmented, Typography } from 'antd';
import katex from 'katex';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MathField extends HTMLElement {
  value: string;
}

export interface FormulaDialogProps {
  open: boolean;
  latex: string;
  display: boolean;
  onCancel: () => void;
  onOk: (latex: string, display: boolean) => void;
  onRemove?: () => void;
}

/** Load MathLive once; its fonts are KaTeX's (already loaded by katex.min.css), no sounds. */
let mathlive: Promise<void> | null = null;
function loadMathLive(): Promise<void> {
  mathlive ??= import('mathlive').then(({ MathfieldElement }) => {
    MathfieldElement.fontsDirectory = null;
    MathfieldElement.soundsDirectory = null;
  });
  return mathlive;
}

/**
 * The formula editor: MathLive's visual field and the LaTeX source side by side (either edits the other),
 * with the KaTeX rendering learners will see.
 */
export function FormulaDialog({ open, latex, display, onCancel, onOk, onRemove }: FormulaDialogProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState(latex);
  const [block, setBlock] = useState(display);
  const [ready, setReady] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  const field = useRef<MathField | null>(null);

  useEffect(() => {
    if (!open) return;
    setSource(latex);
    setBlock(display);
  }, [open, latex, display]);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    loadMathLive()
      .then(() => {
        if (cancelled || !holder.current) return;
        const element = document.createElement('math-field') as MathField;
        element.setAttribute('data-testid', 'formula-visual');
        element.setAttribute('aria-label', t('questionBank.formula.visual'));
        element.className = 'zyk-qb-formula__field';
        element.addEventListener('input', () => setSource(element.value));
        holder.current.replaceChildren(element);
        element.value = latex;
        field.current = element;
        setReady(true);
      })
      .catch(() => setReady(false));
    return () => {
      cancelled = true;
      field.current = null;
      setReady(false);
    };
  }, [open, latex, t]);

  const preview = useMemo(() => {
    try {
      return { html: katex.renderToString(source || '\\square', { displayMode: block, throwOnError: true, strict: 'ignore' }), error: '' };
    } catch (error) {
      return { html: '', error: error instanceof Error ? error.message : String(error) };
    }
  }, [source, block]);

  const editSource = (value: string) => {
    setSource(value);
    if (field.current && field.current.value !== value) field.current.value = value;
  };

  return (
    <Modal
      open={open}
      title={t('questionBank.formula.title')}
      onCancel={onCancel}
      onOk={() => onOk(source.trim(), block)}
      okText={t('questionBank.formula.insert')}
      okButtonProps={{ disabled: !source.trim() || Boolean(preview.error), 'data-testid': 'formula-ok' } as never}
      cancelText={t('questionBank.cancel')}
      destroyOnHidden
      width={640}
      footer={(originNode) => (
        <>
          {onRemove ? (
            <a className="zyk-qb-formula__remove" onClick={onRemove} data-testid="formula-remove">
              {t('questionBank.formula.remove')}
            </a>
          ) : null}
          {originNode}
        </>
      )}
    >
      <div className="zyk-qb-formula" data-testid="formula-dialog">
        <Segmented
          value={block ? 'display' : 'inline'}
          onChange={(value) => setBlock(value === 'display')}
          options={[
            { value: 'inline', label: t('questionBank.formula.inline') },
            { value: 'display', label: t('questionBank.formula.display') },
          ]}
        />
        <Typography.Text type="secondary">{t('questionBank.formula.visualHint')}</Typography.Text>
        <div ref={holder} className="zyk-qb-formula__holder" aria-busy={!ready} />
        <label className="zyk-qb-formula__label" htmlFor="zyk-qb-formula-source">
          {t('questionBank.formula.source')}
        </label>
        <Input.TextArea
          id="zyk-qb-formula-source"
          value={source}
          onChange={(event) => editSource(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          spellCheck={false}
          data-testid="formula-source"
          placeholder="\frac{a}{b}"
        />
        <div className="zyk-qb-formula__preview" aria-live="polite" data-testid="formula-preview">
          {preview.error ? (
            <Alert type="error" showIcon message={t('questionBank.formula.invalid')} description={preview.error} />
          ) : (
            <span dangerouslySetInnerHTML={{ __html: preview.html }} />
          )}
        </div>
      </div>
    </Modal>
  );
}
