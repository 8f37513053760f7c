import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createTestRouter } from '@/app/router';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';
import { resource } from '../testing/resources';
import type { LibraryResource } from '../api/get-resource';

// pdf.js needs a real canvas; the e2e test draws real pages. Here: only that the PDF viewer is chosen.
vi.mock('./previews/pdf-viewer', () => ({
  default: ({ url }: { url: string }) => <div data-testid="pdf-viewer" data-url={url} />,
}));

function serve(item: LibraryResource | null, { me = null as ReturnType<typeof fakeMe> | null } = {}) {
  return mockGraphql({
    Me: () => ({ me }),
    LibraryResource: () => ({ resource: item }),
    LibraryResourceViewed: () => ({ resourceViewed: { ...ok(), viewCount: (item?.viewCount ?? 0) + 1 } }),
  });
}

const file = (mime: string, extension: string, extra: Partial<NonNullable<LibraryResource['file']>> = {}) => ({
  filename: `资源.${extension}`,
  extension,
  mime,
  size: 2048,
  width: null,
  height: null,
  durationSeconds: null,
  pages: null,
  ...extra,
});

async function preview() {
  const section = await screen.findByTestId('resource-preview');
  return section;
}

describe('ResourcePage', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    // jsdom has no media playback; the player calls load() when it lets go of its source.
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
  });

  it('plays a video in an HTML5 player, titles the page and shows the facts (C11 credits)', async () => {
    serve(resource());
    renderApp('/resources/1');
    const section = await preview();
    expect(section).toHaveAttribute('data-kind', 'video');
    const video = within(section).getByTestId('video-player');
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('controls');
    expect(video.getAttribute('src')).toBe('/resources/1/file');
    expect(document.title).toBe('数控车床对刀操作演示视频 · 专业教学资源库');
    const meta = screen.getByTestId('resource-meta');
    expect(meta).toHaveTextContent('张海涛（华东机电职业技术学院）');
    expect(meta).toHaveTextContent('CC BY-NC 署名-非商业性使用');
    expect(meta).toHaveTextContent('3 MB');
    expect(meta).toHaveTextContent('3:07');
    expect(meta).toHaveTextContent('1280 × 720 像素');
    expect(within(meta).getByTestId('resource-points')).toHaveTextContent('数控车床对刀与刀补设置');
  });

  it.each([
    ['image', { type: 'IMAGE' as const, file: file('image/png', 'png', { width: 800, height: 500 }) }, 'image-preview'],
    ['audio', { type: 'AUDIO' as const, file: file('audio/mpeg', 'mp3', { durationSeconds: 65 }) }, 'audio-player'],
    ['pdf', { type: 'DOCUMENT' as const, file: file('application/pdf', 'pdf', { pages: 5 }) }, 'pdf-viewer'],
    ['office', { type: 'PRESENTATION' as const, file: file('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx') }, 'office-preview'],
    ['simulation', { type: 'SIMULATION' as const, file: file('application/zip', 'zip') }, 'simulation-frame'],
    ['text', { type: 'TEXT' as const, file: null, previewUrl: null, downloadUrl: null, body: '<h2>安全要求</h2><p>穿戴防护用品。</p>' }, 'text-preview'],
    ['link', { type: 'LINK' as const, file: null, previewUrl: null, downloadUrl: null, url: 'https://www.smartedu.cn/' }, 'link-preview'],
  ])('shows a %s resource in its viewer', async (kind, overrides, testId) => {
    serve(resource(overrides));
    renderApp('/resources/1');
    const section = await preview();
    expect(section).toHaveAttribute('data-kind', kind);
    expect(await within(section).findByTestId(testId)).toBeInTheDocument();
  });

  it('runs a simulation package sandboxed, without the site origin', async () => {
    serve(resource({ id: '6', type: 'SIMULATION', file: file('application/zip', 'zip') }));
    renderApp('/resources/6');
    const frame = await screen.findByTestId('simulation-frame');
    expect(frame).toHaveAttribute('src', '/resources/6/package/');
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-pointer-lock');
    expect(screen.getByTestId('simulation-fullscreen')).toBeInTheDocument();
  });

  it('opens an external link in a new tab, warns that it leaves the site, and offers no download', async () => {
    serve(resource({ type: 'LINK', file: null, previewUrl: null, downloadUrl: null, url: 'https://www.smartedu.cn/', canDownload: false }));
    renderApp('/resources/1');
    const open = await screen.findByTestId('link-open');
    expect(open).toHaveAttribute('href', 'https://www.smartedu.cn/');
    expect(open).toHaveAttribute('target', '_blank');
    expect(open.getAttribute('rel')).toContain('noopener');
    expect(screen.getByTestId('link-preview')).toHaveTextContent('外部网站');
    expect(screen.queryByTestId('resource-download')).not.toBeInTheDocument();
    expect(screen.queryByTestId('resource-login-to-download')).not.toBeInTheDocument();
  });

  it('asks an anonymous visitor to log in before a download that needs it, and comes back here', async () => {
    serve(resource({ canDownload: false, downloadRequiresLogin: true }));
    renderApp('/resources/1');
    const login = await screen.findByTestId('resource-login-to-download');
    expect(screen.queryByTestId('resource-download')).not.toBeInTheDocument();
    await userEvent.click(login);
    expect(await screen.findByTestId('password-login-form')).toBeInTheDocument();
  });

  it('offers the download link to those who may download', async () => {
    serve(resource({ canDownload: true }), { me: fakeMe() });
    renderApp('/resources/1');
    const download = await screen.findByTestId('resource-download');
    expect(download).toHaveAttribute('href', '/resources/1/download');
    expect(screen.queryByTestId('resource-login-to-download')).not.toBeInTheDocument();
    expect(screen.queryByTestId('resource-edit')).not.toBeInTheDocument();
  });

  it('links its editors to the editor; others see no such link', async () => {
    serve(resource({ canDownload: true, canEdit: true }), { me: fakeMe() });
    renderApp('/resources/1');
    expect(await screen.findByTestId('resource-edit')).toHaveAttribute('href', '/my/resources/1/edit');
  });

  it('offers the download to anonymous visitors when no login is needed', async () => {
    serve(resource({ canDownload: true, downloadRequiresLogin: false }));
    renderApp('/resources/1');
    expect(await screen.findByTestId('resource-download')).toHaveAttribute('href', '/resources/1/download');
  });

  it('counts one view per visit, by POST', async () => {
    const { calls } = serve(resource({ viewCount: 41 }));
    renderApp('/resources/1');
    await preview();
    await waitFor(() => expect(screen.getByTestId('resource-meta')).toHaveTextContent('42'));
    const views = calls.filter((call) => call.operation === 'LibraryResourceViewed');
    expect(views).toEqual([{ operation: 'LibraryResourceViewed', method: 'POST', variables: { id: '1' } }]);
  });

  it('counts once under StrictMode too (effects run twice there)', async () => {
    const { calls } = serve(resource());
    render(
      <StrictMode>
        <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <RouterProvider router={createTestRouter('/resources/1')} />
        </AppProvider>
      </StrictMode>,
    );
    await preview();
    await waitFor(() => expect(calls.filter((call) => call.operation === 'LibraryResourceViewed')).toHaveLength(1));
  });

  it('shows the 404 page for an unknown or invisible resource, without counting a view', async () => {
    const { calls } = serve(null);
    renderApp('/resources/404');
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
    expect(calls.some((call) => call.operation === 'LibraryResourceViewed')).toBe(false);
  });
});
