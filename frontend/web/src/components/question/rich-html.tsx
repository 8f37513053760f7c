import { useLayoutEffect, useRef } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Render every formula placeholder (`<span data-latex>` inline, `<div data-latex>` display) inside `root`
 * with KaTeX. A formula that does not parse shows its LaTeX source in red instead of breaking the item. */
export function renderFormulas(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[data-latex]').forEach((el) => {
    const latex = el.getAttribute('data-latex') ?? '';
    katex.render(latex, el, {
      displayMode: el.tagName === 'DIV',
      throwOnError: false,
      errorColor: '#cf1322',
      trust: false,
      strict: 'ignore',
      maxSize: 20,
      maxExpand: 500,
    });
  });
}

interface Props {
  /** Item HTML as the server stores it (already through the server's allowlist, cms/questions/html.py). */
  html: string;
  className?: string;
  inline?: boolean;
  'data-testid'?: string;
}

/** Question-bank rich text (stems, options, answers, explanations) with KaTeX formulas (issue 7: C4). */
export function RichHtml({ html, className, inline = false, ...rest }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderFormulas(ref.current);
  }, [html]);
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      ref={ref as never}
      className={['zyk-rich-text', 'zyk-question-html', className].filter(Boolean).join(' ')}
      data-testid={rest['data-testid']}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
