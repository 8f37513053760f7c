import { useLayoutEffect, useRef } from 'react';
import 'katex/dist/katex.min.css';
import { renderFormulas } from './render-formulas';

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
