import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LibraryResourceMediaFieldsFragment } from '@zyk/shared';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';
import type { LibraryResource } from '../api/get-resource';
import { media, resource } from '../testing/resources';

// The page polls every 2 s while a conversion runs; here every 30 ms, so the tests wait little.
vi.mock('../utils/media-plan', async (importOriginal) => ({ ...(await importOriginal<typeof import('../utils/media-plan')>()), MEDIA_POLL_MS: 30 }));
vi.mock('./previews/pdf-viewer', () => ({
  default: ({ url }: { url: string }) => <div data-testid="pdf-viewer" data-url={url} />,
}));

type Media = LibraryResourceMediaFieldsFragment;

const pptx = {
  filename: '刀补.pptx',
  extension: 'pptx',
  mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  size: 9216,
  width: null,
  height: null,
  durationSeconds: null,
  pages: 4,
};

const done = (overrides: Partial<Media> = {}) => media({ state: 'SUCCEEDED', progress: 100, playable: true, ...overrides });
const video = (m: Media) => resource({ media: m });
const presentation = (m: Media, extra: Partial<LibraryResource> = {}) => resource({ type: 'PRESENTATION', file: pptx, media: m, ...extra });

/**
 * The resource query answers the media of `states` one after the other (the last one for good), and
 * the retry / conversion mutations answer with `mutated`.
 */
function serve(
  item: (m: Media) => LibraryResource,
  states: Media[],
  { me = null as ReturnType<typeof fakeMe> | null, mutated = null as Media | null, refuse = '' } = {},
) {
  let asked = 0;
  const payload = (id: unknown) =>
    refuse ? refused('PERMISSION_DENIED', refuse) : { ...ok(), resource: { id: String(id), media: mutated } };
  const handle = mockGraphql({
    Me: () => ({ me }),
    LibraryResource: () => {
      const m = states[Math.min(asked, states.length - 1)];
      asked += 1;
      return { resource: item(m) };
    },
    LibraryResourceViewed: () => ({ resourceViewed: { ...ok(), viewCount: 1 } }),
    LibraryResourceMediaRetry: ({ id }) => ({ resourceMediaRetry: payload(id) }),
    LibraryResourceConversionRequest: ({ id }) => ({ resourceConversionRequest: payload(id) }),
  });
  const reads = () => handle.calls.filter((call) => call.operation === 'LibraryResource').length;
  return { ...handle, reads };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('converted media on the resource page', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('streams a converted video with its poster and subtitles (the MP4 where there is no HLS)', async () => {
    serve(video, [done({ hlsUrl: '/m/master.m3u8', posterUrl: '/m/poster.jpg', mp4Url: '/m/download.mp4', subtitleUrl: '/m/sub.vtt' })]);
    renderApp('/resources/1');
    const player = await screen.findByTestId('video-player');
    expect(screen.getByTestId('resource-preview')).toHaveAttribute('data-viewer', 'hls');
    expect(player).toHaveAttribute('poster', '/m/poster.jpg');
    expect(player.querySelector('track')).toHaveAttribute('src', '/m/sub.vtt');
    expect(player.querySelector('track')).toHaveAttribute('kind', 'subtitles');
    // jsdom has neither native HLS nor Media Source Extensions: the MP4 plays
    await waitFor(() => expect(player).toHaveAttribute('data-mode', 'none'));
    expect(player.getAttribute('src')).toBe('/m/download.mp4');
    expect(screen.queryByTestId('media-progress')).not.toBeInTheDocument();
  });

  it('plays every attached subtitle track of a converted video', async () => {
    const subtitles = [
      { language: 'zh-CN', label: '中文', url: '/m/zh-CN.vtt' },
      { language: 'en', label: 'English', url: '/m/en.vtt' },
    ];
    serve(video, [done({ hlsUrl: '/m/master.m3u8', mp4Url: '/m/download.mp4', subtitleUrl: '/m/zh-CN.vtt', subtitles })]);
    renderApp('/resources/1');
    const player = await screen.findByTestId('video-player');
    const tracks = [...player.querySelectorAll('track')];
    expect(tracks.map((track) => [track.getAttribute('srclang'), track.getAttribute('label'), track.getAttribute('src')])).toEqual([
      ['zh-CN', '中文', '/m/zh-CN.vtt'],
      ['en', 'English', '/m/en.vtt'],
    ]);
    expect(tracks.map((track) => track.hasAttribute('default'))).toEqual([true, false]);
  });

  it('shows the progress while queued, then running, and the viewer once done; then stops asking', async () => {
    const { reads } = serve(presentation, [
      media({ state: 'QUEUED' }),
      media({ state: 'RUNNING', progress: 42.4 }),
      media({ state: 'RUNNING', progress: 42.4 }),
      media({ state: 'RUNNING', progress: 42.4 }),
      done({ pages: ['/m/p1.webp', '/m/p2.webp'], pdfUrl: '/m/d.pdf' }),
    ]);
    renderApp('/resources/1');
    const progress = await screen.findByTestId('media-progress');
    expect(progress).toHaveAttribute('data-state', 'QUEUED');
    expect(progress).toHaveTextContent('排队等待转码');
    expect(screen.queryByTestId('office-preview')).not.toBeInTheDocument();
    // the rest of the page is there meanwhile
    expect(screen.getByTestId('resource-meta')).toBeInTheDocument();

    await waitFor(() => expect(screen.getByTestId('media-progress')).toHaveAttribute('data-state', 'RUNNING'));
    expect(screen.getByTestId('media-progress')).toHaveTextContent('正在转码');
    expect(screen.getByTestId('media-progress')).toHaveTextContent('42%');

    const pages = await screen.findAllByTestId('page-image');
    expect(pages.map((img) => img.getAttribute('src'))).toEqual(['/m/p1.webp', '/m/p2.webp']);
    expect(pages[0]).toHaveAttribute('loading', 'eager');
    expect(pages[1]).toHaveAttribute('loading', 'lazy');
    expect(screen.getByTestId('page-images')).toHaveTextContent('第 2 页 / 共 2 页');
    expect(screen.queryByTestId('media-progress')).not.toBeInTheDocument();

    const after = reads();
    await pause(200);
    expect(reads()).toBe(after);
  });

  it('stops asking when the page is left while converting', async () => {
    const { reads } = serve(video, [media({ state: 'RUNNING', progress: 10 })]);
    const { unmount } = renderApp('/resources/1');
    await screen.findByTestId('media-progress');
    await waitFor(() => expect(reads()).toBeGreaterThanOrEqual(3));
    unmount();
    const after = reads();
    await pause(200);
    expect(reads()).toBe(after);
  });

  it('shows an early preview while the rest converts, with a small note', async () => {
    serve(presentation, [media({ state: 'RUNNING', progress: 55, playable: true, pages: ['/m/p1.webp'] })]);
    renderApp('/resources/1');
    expect(await screen.findByTestId('media-progress-note')).toHaveTextContent('仍在转码中（55%）');
    expect(screen.getAllByTestId('page-image')).toHaveLength(1);
    expect(screen.queryByTestId('media-progress')).not.toBeInTheDocument();
  });

  it('keeps showing an image while it converts, under a compact progress bar', async () => {
    serve((m) => resource({ type: 'IMAGE', file: { ...pptx, filename: 'a.png', extension: 'png', mime: 'image/png' }, media: m }), [
      media({ state: 'RUNNING', progress: 20 }),
    ]);
    renderApp('/resources/1');
    expect(await screen.findByTestId('media-progress')).toHaveClass('zyk-media-progress--compact');
    expect(screen.getByTestId('image-preview')).not.toHaveAttribute('data-source');
  });

  it('says why the conversion failed; editors start it again and the page follows the new one', async () => {
    const failed = media({ state: 'FAILED', errorCode: 'CORRUPT_FILE', errorMessage: '文件已损坏，无法转换。', canRetry: true });
    const { calls } = serve(
      (m) => presentation(m, { canEdit: true }),
      [failed, media({ state: 'RUNNING', progress: 30 }), media({ state: 'RUNNING', progress: 30 }), done({ pages: ['/m/p1.webp'] })],
      { me: fakeMe(), mutated: media({ state: 'QUEUED' }) },
    );
    renderApp('/resources/1');
    const alert = await screen.findByTestId('media-failed');
    expect(within(alert).getByTestId('media-failed-reason')).toHaveTextContent('文件已损坏，无法转换。');
    expect(alert).toHaveTextContent('转码失败');
    // the file's facts still show below
    expect(screen.getByTestId('office-preview')).toBeInTheDocument();

    await userEvent.click(within(alert).getByTestId('media-retry'));
    expect(calls.filter((c) => c.operation === 'LibraryResourceMediaRetry')).toEqual([
      { operation: 'LibraryResourceMediaRetry', method: 'POST', variables: { id: '1' } },
    ]);
    // the answer's queued conversion shows at once, then the polling takes over
    expect(await screen.findByTestId('media-progress')).toBeInTheDocument();
    expect(screen.queryByTestId('media-failed')).not.toBeInTheDocument();
    expect(await screen.findByTestId('page-image')).toHaveAttribute('src', '/m/p1.webp');
  });

  it('offers no retry to those who may not, and reports a refused retry', async () => {
    serve(video, [media({ state: 'CANCELLED', canRetry: false })]);
    renderApp('/resources/1');
    const alert = await screen.findByTestId('media-failed');
    expect(alert).toHaveTextContent('转码已取消');
    expect(alert).toHaveTextContent('您仍可下载原文件查看');
    expect(within(alert).queryByTestId('media-retry')).not.toBeInTheDocument();
    // today's player of the original file still plays
    expect(screen.getByTestId('video-player')).toHaveAttribute('data-source', 'file');
  });

  it('shows the server’s reason when the retry is refused', async () => {
    serve(video, [media({ state: 'FAILED', errorMessage: '超时', canRetry: true })], { me: fakeMe(), refuse: '您不能修改该资源。' });
    renderApp('/resources/1');
    await userEvent.click(await screen.findByTestId('media-retry'));
    expect(await screen.findByText('您不能修改该资源。')).toBeInTheDocument();
    expect(screen.getByTestId('media-failed')).toBeInTheDocument();
  });

  it('draws the waveform of converted audio and seeks where it is clicked', async () => {
    const peaks = Array.from({ length: 200 }, (_, i) => (i % 10) / 10);
    const { fetchMock } = serve((m) => resource({ type: 'AUDIO', file: { ...pptx, extension: 'mp3', mime: 'audio/mpeg', durationSeconds: 120 }, media: m }), [
      done({ audioUrl: '/m/audio.m4a', peaksUrl: '/m/peaks.json' }),
    ]);
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === '/m/peaks.json' ? Promise.resolve(new Response(JSON.stringify(peaks))) : fetchMock(input, init),
    );
    renderApp('/resources/1');
    const audio = (await screen.findByTestId('audio-player')) as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe('/m/audio.m4a');
    const waveform = screen.getByTestId('audio-waveform');
    await waitFor(() => expect(Number(waveform.getAttribute('data-bars'))).toBeGreaterThan(20));
    const bars = waveform.querySelectorAll('rect');
    expect(bars.length).toBe(Number(waveform.getAttribute('data-bars')));
    // the loudest bar is full height, quieter ones less
    const heights = [...bars].map((bar) => Number(bar.getAttribute('height')));
    expect(Math.max(...heights)).toBe(64);
    expect(Math.min(...heights)).toBeLessThan(64);

    let time = 0;
    Object.defineProperty(audio, 'duration', { configurable: true, get: () => 120 });
    Object.defineProperty(audio, 'currentTime', { configurable: true, get: () => time, set: (value: number) => (time = value) });
    fireEvent(audio, new Event('durationchange'));
    vi.spyOn(waveform, 'getBoundingClientRect').mockReturnValue({ left: 100, width: 400, top: 0, height: 64, right: 500, bottom: 64, x: 100, y: 0, toJSON: () => ({}) });
    fireEvent.click(waveform, { clientX: 200 });
    expect(time).toBe(30);
    expect(waveform).toHaveAttribute('aria-valuenow', '30');
    expect(waveform).toHaveAttribute('data-played', '0.250');
    expect(waveform.querySelectorAll('rect.is-played').length).toBeGreaterThan(0);
    fireEvent.keyDown(waveform, { key: 'ArrowRight' });
    expect(time).toBe(35);
    fireEvent.keyDown(waveform, { key: 'Home' });
    expect(time).toBe(0);
  });

  it('shows converted images as a picture: WebP renditions with JPEG fallbacks', async () => {
    serve((m) => resource({ type: 'IMAGE', file: { ...pptx, extension: 'png', mime: 'image/png' }, media: m }), [
      done({
        images: [
          { width: 1280, url: '/m/1280.webp', fallbackUrl: '/m/1280.jpg' },
          { width: 640, url: '/m/640.webp', fallbackUrl: '/m/640.jpg' },
        ],
      }),
    ]);
    renderApp('/resources/1');
    const picture = await screen.findByTestId('image-picture');
    const source = picture.querySelector('source');
    expect(source).toHaveAttribute('type', 'image/webp');
    expect(source).toHaveAttribute('srcset', '/m/1280.webp 1280w, /m/640.webp 640w');
    const img = picture.querySelector('img');
    expect(img).toHaveAttribute('src', '/m/1280.jpg');
    expect(img).toHaveAttribute('srcset', '/m/1280.jpg 1280w, /m/640.jpg 640w');
    expect(img).toHaveAttribute('alt', '数控车床对刀操作演示视频');
  });

  it('runs an unpacked package sandboxed without the site origin', async () => {
    serve((m) => resource({ type: 'SIMULATION', file: { ...pptx, extension: 'zip', mime: 'application/zip' }, media: m }), [
      done({ packageUrl: '/resources/1/media/9/package/index.html' }),
    ]);
    renderApp('/resources/1');
    const frame = await screen.findByTestId('simulation-frame');
    expect(frame).toHaveAttribute('src', '/resources/1/media/9/package/index.html');
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-pointer-lock allow-popups');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
  });

  it('links the PDF of page images only for those who may download', async () => {
    const m = done({ pages: ['/m/p1.webp'], pdfUrl: '/m/d.pdf' });
    serve((x) => presentation(x, { canDownload: true }), [m]);
    const first = renderApp('/resources/1');
    expect(await screen.findByTestId('pages-pdf')).toHaveAttribute('href', '/m/d.pdf');
    expect(screen.queryByTestId('conversion-actions')).not.toBeInTheDocument();
    first.unmount();

    serve((x) => presentation(x, { canDownload: false }), [m]);
    renderApp('/resources/1');
    await screen.findByTestId('page-images');
    expect(screen.queryByTestId('pages-pdf')).not.toBeInTheDocument();
  });

  it('asks for an MP4 for a signed-in visitor, shows its progress, then links it', async () => {
    const conversion = { kind: 'MP4' as const, progress: 0, url: '', errorMessage: '' };
    const base = { hlsUrl: '/m/master.m3u8' };
    const { calls } = serve(
      (m) => resource({ media: m, canDownload: true }),
      [
        done(base),
        done({ ...base, conversions: [{ ...conversion, state: 'RUNNING', progress: 64 }] }),
        done({ ...base, conversions: [{ ...conversion, state: 'RUNNING', progress: 64 }] }),
        done({ ...base, conversions: [{ ...conversion, state: 'SUCCEEDED', progress: 100, url: '/m/video.mp4' }] }),
      ],
      { me: fakeMe(), mutated: done({ ...base, conversions: [{ ...conversion, state: 'QUEUED' }] }) },
    );
    renderApp('/resources/1');
    const ask = await screen.findByTestId('conversion-request');
    expect(ask).toHaveTextContent('转为 MP4');
    await userEvent.click(ask);
    expect(calls.find((c) => c.operation === 'LibraryResourceConversionRequest')?.variables).toEqual({ id: '1', kind: 'MP4' });
    const progress = await screen.findByTestId('conversion-progress');
    expect(progress).toHaveAttribute('data-kind', 'MP4');
    await waitFor(() => expect(screen.getByTestId('conversion-progress')).toHaveTextContent('正在转为 MP4（64%）'));
    const link = await screen.findByTestId('conversion-link');
    expect(link).toHaveAttribute('href', '/m/video.mp4');
    expect(link).toHaveTextContent('下载 MP4');
  });

  it('asks for a PDF of an office document whose conversion made no pages; anonymous visitors get no button', async () => {
    const m = media({ state: 'FAILED', errorMessage: '转换失败' });
    serve((x) => presentation(x, { canDownload: true }), [m], { me: fakeMe() });
    const first = renderApp('/resources/1');
    expect(await screen.findByTestId('conversion-request')).toHaveTextContent('另存为 PDF');
    first.unmount();

    serve((x) => presentation(x, { canDownload: true }), [m]);
    renderApp('/resources/1');
    await screen.findByTestId('media-failed');
    expect(screen.queryByTestId('conversion-request')).not.toBeInTheDocument();
  });
});
