import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createTestRouter } from '@/app/router';
import '@/lib/i18n';
import i18n from '@/lib/i18n';
import { fill, mockGraphql } from '@/testing/graphql-mock';
import { card, searchResult } from '../testing/resources';

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

/** The whole app at `path` (header, routes), with the router at hand to read the URL. */
function renderAt(path: string) {
  const router = createTestRouter(path);
  render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

const searches = (calls: { operation: string; variables: Record<string, unknown> }[]) =>
  calls.filter((call) => call.operation === 'LibraryResources').map((call) => call.variables);

const items = [
  card(),
  card({ id: '2', title: '数控车床编程讲义', type: 'DOCUMENT', previewUrl: '/resources/2/file', keywords: ['编程'] }),
  card({ id: '3', title: '数控车床结构图', type: 'IMAGE', previewUrl: '/resources/3/file' }),
];

describe('LibraryPage', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    desktop();
  });

  it('shows the matches of the words in the URL with facet counts, by GET', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), LibraryResources: () => searchResult(items) });
    renderAt('/resources?q=数控');

    const results = await screen.findByTestId('library-results');
    expect(within(results).getAllByTestId('resource-card')).toHaveLength(3);
    expect(screen.getByTestId('library-total')).toHaveTextContent('“数控”共找到 3 个资源');
    // an image result shows the file as a lazy cover
    const cover = results.querySelector('img[src="/resources/3/file"]');
    expect(cover).toHaveAttribute('loading', 'lazy');
    // facets carry their counts; types and sources are named by the UI
    const types = screen.getByTestId('facet-type');
    expect(within(types).getByText('视频')).toBeInTheDocument();
    expect(within(types).getByText('2')).toBeInTheDocument();
    expect(searches(calls)[0]).toMatchObject({ query: '数控', filter: {}, sort: 'RELEVANCE', limit: 20, offset: 0 });
    expect(calls.find((call) => call.operation === 'LibraryResources')?.method).toBe('GET');
    expect(document.title).toContain('“数控”的搜索结果');
  });

  it('a facet click puts the refinement in the URL and the query, and shows it as a removable chip', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), LibraryResources: () => searchResult(items) });
    const router = renderAt('/resources?q=数控&page=2');
    const types = await screen.findByTestId('facet-type');

    await userEvent.click(within(types).getByText('视频'));

    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '数控', type: 'video' })}`));
    await waitFor(() => expect(searches(calls).some((v) => JSON.stringify(v.filter) === '{"types":["VIDEO"]}' && v.offset === 0)).toBe(true));
    // the type facet is counted without its own selection, so other types stay choosable
    expect(searches(calls).some((v) => v.limit === 1 && JSON.stringify(v.filter) === '{}')).toBe(true);
    const chip = await screen.findByTestId('active-filter');
    expect(chip).toHaveTextContent('视频');

    await userEvent.click(within(chip).getByLabelText('移除条件：视频'));
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '数控' })}`));
  });

  it('puts the facets in a drawer behind a 筛选 button on phones', async () => {
    vi.mocked(window.matchMedia).mockRestore();
    mockGraphql({ Me: () => ({ me: null }), LibraryResources: () => searchResult(items) });
    const router = renderAt('/resources?q=数控&course=9');
    await screen.findByTestId('library-results');
    expect(screen.queryByTestId('library-facets')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('open-filters'));
    const drawer = await screen.findByRole('dialog');
    await userEvent.click(within(within(drawer).getByTestId('facet-type')).getByText('文档'));
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '数控', course: '9', type: 'document' })}`));
  });

  it('changing the order keeps the words and refinements', async () => {
    mockGraphql({ Me: () => ({ me: null }), LibraryResources: () => searchResult(items) });
    const router = renderAt('/resources?q=数控&type=video');
    await screen.findByTestId('library-results');
    await userEvent.click(screen.getByRole('combobox', { name: '排序方式' }));
    await userEvent.click(await screen.findByText('最多下载'));
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '数控', type: 'video', sort: 'downloads' })}`));
  });

  it('suggests titles while typing and searches the one picked', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: null }),
      LibraryResources: () => searchResult(items),
      LibraryAutocomplete: ({ prefix }) => ({ resourceAutocomplete: prefix === '数控车' ? ['数控车床对刀操作演示视频', '数控车床编程讲义'] : [] }),
    });
    const router = renderAt('/resources');
    const input = await screen.findByRole('combobox', { name: '搜索资源' });

    fill(input, '数控');
    fill(input, '数控车');

    const suggestions = await screen.findAllByTestId('library-suggestion', {}, { timeout: 3000 });
    expect(suggestions.map((s) => s.textContent)).toEqual(['数控车床对刀操作演示视频', '数控车床编程讲义']);
    // asked once the typing paused, not per keystroke
    expect(calls.filter((call) => call.operation === 'LibraryAutocomplete').map((call) => call.variables.prefix)).toEqual(['数控车']);

    await userEvent.click(suggestions[1]);
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '数控车床编程讲义' })}`));
  });

  it('says so when nothing matches, with the ways out', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), LibraryResources: () => searchResult([]) });
    const router = renderAt('/resources?q=不存在的词&type=video');

    const empty = await screen.findByTestId('library-empty');
    expect(empty).toHaveTextContent('没有找到与“不存在的词”相关的资源');
    expect(empty).toHaveTextContent('减少或清除筛选条件');

    await userEvent.click(within(empty).getByTestId('empty-clear-filters'));
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ q: '不存在的词' })}`));
    await userEvent.click(await screen.findByTestId('empty-browse-all'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(searches(calls).at(-1)).toMatchObject({ query: '', filter: {} });
  });
});
