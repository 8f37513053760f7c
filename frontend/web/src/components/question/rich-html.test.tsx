import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichHtml } from './rich-html';

describe('RichHtml', () => {
  it('renders inline and display formulas with KaTeX and keeps the text', () => {
    const { container } = render(
      <RichHtml html={'<p>面积 <span data-latex="\\pi r^2"></span> 平方米</p><div data-latex="\\frac{a}{b}"></div>'} />,
    );
    expect(container.textContent).toContain('面积');
    expect(container.querySelectorAll('.katex')).toHaveLength(2);
    expect(container.querySelector('div[data-latex] .katex-display')).not.toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe('\\pi r^2');
  });

  it('shows a formula that does not parse as red source instead of throwing', () => {
    const { container } = render(<RichHtml html={'<span data-latex="\\frac{a"></span>'} />);
    expect(container.querySelector('.katex-error')?.textContent).toContain('\\frac{a');
  });
});
