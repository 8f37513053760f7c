import { configure, screen, waitFor } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { CourseBuildLink } from './course-build-link';

// A loaded machine renders antd slowly: wait for the UI longer than the default second.
configure({ asyncUtilTimeout: 15_000 });

describe('the 组课 entry on the course page', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('links the course team to the builder, with the items that lost a resource', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseBuildAccess: () => ({ course: { id: '3', affectedItems: [{ itemId: '103' }, { itemId: '104' }] } }),
    });
    renderWithProviders(<CourseBuildLink courseId="3" />);
    expect(await screen.findByTestId('course-build-link')).toHaveAttribute('href', '/courses/3/build');
    expect(screen.getByTestId('course-build-affected')).toHaveTextContent('2 个条目的资源已下架或删除');
    expect(calls.find((c) => c.operation === 'CourseBuildAccess')?.method).toBe('POST');
  });

  it('shows nothing to people outside the team, and asks nothing for anonymous visitors', async () => {
    const team = mockGraphql({ Me: () => ({ me: fakeMe() }), CourseBuildAccess: () => ({ course: { id: '3', affectedItems: null } }) });
    const { unmount } = renderWithProviders(<CourseBuildLink courseId="3" />);
    await waitFor(() => expect(team.calls.some((c) => c.operation === 'CourseBuildAccess')).toBe(true));
    expect(screen.queryByTestId('course-build-entry')).not.toBeInTheDocument();
    unmount();

    const anonymous = mockGraphql({ Me: () => ({ me: null }) });
    renderWithProviders(<CourseBuildLink courseId="3" />);
    await waitFor(() => expect(anonymous.calls.some((c) => c.operation === 'Me')).toBe(true));
    expect(anonymous.calls.some((c) => c.operation === 'CourseBuildAccess')).toBe(false);
    expect(screen.queryByTestId('course-build-entry')).not.toBeInTheDocument();
  });
});
