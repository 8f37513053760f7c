import { screen } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { smallMajor } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { KnowledgeGraph } from './knowledge-graph';

// ECharts needs a real canvas; the layout order is what is tested here.
vi.mock('./course-graph-chart', () => ({ default: () => <div data-testid="knowledge-graph-canvas" /> }));

/** A desktop-wide window for antd's breakpoints (jsdom's default stub matches no media query: a phone). */
function desktop() {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: /min-width/.test(query),
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

const listBeforeChart = () => {
  const list = screen.getByTestId('graph-fallback-list');
  const chart = screen.getByTestId('knowledge-graph-canvas');
  return Boolean(list.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
};

describe('KnowledgeGraph of the course system', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.restoreAllMocks());

  it('puts the course list first on a phone', async () => {
    renderWithProviders(<KnowledgeGraph graph={smallMajor()} majorName="数控技术" id="graph" />);

    await screen.findByTestId('knowledge-graph-canvas');
    expect(listBeforeChart()).toBe(true);
    expect(screen.getAllByTestId('course-point-counts')).toHaveLength(5);
  });

  it('puts the graph first on a desktop, its text version after it', async () => {
    desktop();
    renderWithProviders(<KnowledgeGraph graph={smallMajor()} majorName="数控技术" id="graph" />);

    await screen.findByTestId('knowledge-graph-canvas');
    expect(listBeforeChart()).toBe(false);
  });
});
