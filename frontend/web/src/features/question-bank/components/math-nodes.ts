import { mergeAttributes, Node } from '@tiptap/core';
import katex from 'katex';

/** What a click on a formula in the editor asks for: edit the formula at `pos`. */
export interface FormulaTarget {
  latex: string;
  display: boolean;
  pos: number | null;
}

interface MathOptions {
  onEdit: (target: FormulaTarget) => void;
}

function renderInto(el: HTMLElement, latex: string, display: boolean) {
  katex.render(latex || '\\square', el, { displayMode: display, throwOnError: false, errorColor: '#cf1322', trust: false, strict: 'ignore' });
}

/**
 * Formulas as the bank stores them (cms/questions/html.py): `<span data-latex="…">` inline and
 * `<div data-latex="…">` on their own line. The editor shows them with KaTeX; a click opens the formula
 * editor (MathLive or LaTeX source).
 */
function mathNode(display: boolean) {
  return Node.create<MathOptions>({
    name: display ? 'mathDisplay' : 'mathInline',
    group: display ? 'block' : 'inline',
    inline: !display,
    atom: true,
    selectable: true,
    draggable: false,
    addOptions() {
      return { onEdit: () => undefined };
    },
    addAttributes() {
      return {
        latex: {
          default: '',
          parseHTML: (el) => el.getAttribute('data-latex') ?? '',
          renderHTML: (attrs) => ({ 'data-latex': attrs.latex as string }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `${display ? 'div' : 'span'}[data-latex]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [display ? 'div' : 'span', mergeAttributes(HTMLAttributes)];
    },
    addNodeView() {
      return ({ node, getPos }) => {
        const dom: HTMLElement = document.createElement(display ? 'div' : 'span');
        dom.className = `zyk-qb-math${display ? ' zyk-qb-math--display' : ''}`;
        dom.setAttribute('data-testid', 'editor-formula');
        dom.setAttribute('role', 'button');
        dom.setAttribute('tabindex', '0');
        let latex = node.attrs.latex as string;
        dom.setAttribute('data-formula', latex);
        renderInto(dom, latex, display);
        const open = (event: Event) => {
          event.preventDefault();
          const pos = typeof getPos === 'function' ? (getPos() ?? null) : null;
          this.options.onEdit({ latex, display, pos });
        };
        dom.addEventListener('click', open);
        dom.addEventListener('keydown', (event: KeyboardEvent) => {
          if (event.key === 'Enter') open(event);
        });
        return {
          dom,
          update: (next) => {
            if (next.type.name !== node.type.name) return false;
            latex = next.attrs.latex as string;
            dom.setAttribute('data-formula', latex);
            renderInto(dom, latex, display);
            return true;
          },
          ignoreMutation: () => true,
        };
      };
    },
  });
}

export const MathInline = mathNode(false);
export const MathDisplay = mathNode(true);

/** Pictures already in an item (imported from Word, Moodle XML, QTI) survive editing; the server keeps
 * only the site's own addresses. */
export const ItemImage = Node.create({
  name: 'image',
  group: 'inline',
  inline: true,
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: null }, width: { default: null }, height: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'img[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
});
