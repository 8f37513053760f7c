import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { mockGraphql } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { card } from '../testing/resources';
import { LatestResources } from './latest-resources';

describe('LatestResources', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it("shows the major's newest resources and links to all of them, newest first", async () => {
    const { calls } = mockGraphql({
      LibraryLatestResources: () => ({ resources: { total: 42, items: [card(), card({ id: '2', title: '数控车床编程讲义', type: 'DOCUMENT' })] } }),
    });
    renderWithProviders(<LatestResources id="resources" majorId="4" />);

    const list = await screen.findByTestId('latest-resources');
    expect(within(list).getAllByTestId('resource-card')).toHaveLength(2);
    expect(screen.getByText('资源库已发布 42 个资源，游客可直接浏览与预览')).toBeInTheDocument();
    expect(screen.getByTestId('latest-all')).toHaveAttribute('href', '/resources?major=4&sort=newest');
    expect(calls[0]).toMatchObject({ operation: 'LibraryLatestResources', method: 'GET', variables: { majorId: '4', limit: 6 } });
  });

  it('stays out of the page while the library is empty', async () => {
    const { calls } = mockGraphql({ LibraryLatestResources: () => ({ resources: { total: 0, items: [] } }) });
    const { container } = renderWithProviders(<LatestResources majorId="4" />);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(container.querySelector('section')).toBeNull();
  });
});
