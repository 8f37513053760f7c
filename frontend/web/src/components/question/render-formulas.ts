import katex from 'katex';

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
