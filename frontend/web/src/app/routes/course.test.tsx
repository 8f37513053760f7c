import { screen, waitFor, within } from '@testing-library/react';
import { portalCourse, portalData, portalDraft } from '@/features/course-portal/testing/portal-fixtures';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

/** The course page with the live portal in `live`'s template; a signed-in team member has a draft in `draft`'s. */
function serve({ signedIn, draft }: { signedIn: boolean; draft: boolean }) {
  return mockGraphql({
    Me: () => ({ me: signedIn ? fakeMe() : null }),
    CoursePage: () => ({ course: portalCourse() }),
    CoursePortal: () => ({ course: { id: '8', portal: portalData('CLASSIC') } }),
    CoursePortalTeamDraft: () => ({
      course: {
        id: '8',
        name: '数控加工工艺与编程',
        major: { id: '3', code: '460103', name: '数控技术' },
        portalDraft: draft ? portalDraft('DRAFT', {}, 'VISUAL') : null,
      },
    }),
  });
}

const template = async () => {
  const page = await screen.findByTestId('course-page');
  await waitFor(() => expect(page.querySelector('[data-template]')).not.toBeNull());
  return page.querySelector('[data-template]')!.getAttribute('data-template');
};

describe('the course route picks the portal template', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows visitors the live portal in its template, without team links or personal reads', async () => {
    const { calls } = serve({ signedIn: false, draft: false });
    renderApp('/courses/8');
    expect(await template()).toBe('classic');
    expect(screen.queryByTestId('portal-edit-entry')).not.toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'CoursePortal')?.method).toBe('GET');
    expect(calls.some((call) => call.operation === 'CoursePortalTeamDraft')).toBe(false);
  });

  it('gives the course team the edit link and the draft status; the public page stays live', async () => {
    const { calls } = serve({ signedIn: true, draft: true });
    renderApp('/courses/8');
    const entry = await screen.findByTestId('portal-edit-entry');
    expect(within(entry).getByRole('link', { name: /编辑课程门户/ })).toHaveAttribute('href', '/courses/8/portal');
    expect(entry).toHaveTextContent('门户状态草稿'); // the colon is CSS
    expect(within(entry).getByRole('link', { name: /预览草稿/ })).toHaveAttribute('href', '/courses/8?preview=draft');
    expect(await template()).toBe('classic');
    expect(calls.find((call) => call.operation === 'CoursePortalTeamDraft')?.method).toBe('POST');
  });

  it('previews the draft in its own template under a banner with the status', async () => {
    serve({ signedIn: true, draft: true });
    renderApp('/courses/8?preview=draft');
    expect(await template()).toBe('visual');
    const banner = screen.getByTestId('portal-preview-banner');
    expect(banner).toHaveTextContent('预览：尚未发布的修改·状态：草稿');
    expect(within(banner).getByRole('link', { name: /返回编辑/ })).toHaveAttribute('href', '/courses/8/portal');
  });

  it('shows the live portal with a notice when someone outside the team asks for a preview', async () => {
    serve({ signedIn: true, draft: false });
    renderApp('/courses/8?preview=draft');
    expect(await template()).toBe('classic');
    expect(screen.getByTestId('portal-preview-banner')).toHaveTextContent('只有课程团队可以预览尚未发布的修改');
  });
});
