import type { ResourceType } from '@zyk/shared';
import { media } from '../testing/resources';
import { conversionOffer, mediaBusy, previewPlan, type ResourceMedia } from './media-plan';

const file = (mime: string, extension: string) => ({ mime, extension });
const plan = (type: ResourceType, f: ReturnType<typeof file> | null, m: ResourceMedia | null) =>
  previewPlan({ type, file: f, previewUrl: f ? '/resources/1/file' : null, media: m });

const mp4 = file('video/mp4', 'mp4');
const pptx = file('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx');
const pdf = file('application/pdf', 'pdf');

describe('previewPlan', () => {
  it('plays a converted video as HLS with its poster, subtitles and the MP4 to fall back on', () => {
    const m = media({ state: 'SUCCEEDED', playable: true, hlsUrl: '/m/master.m3u8', posterUrl: '/m/poster.jpg', mp4Url: '/m/download.mp4', subtitleUrl: '/m/sub.vtt' });
    expect(plan('VIDEO', mp4, m)).toEqual({
      kind: 'video',
      status: 'done',
      converted: { viewer: 'hls', url: '/m/master.m3u8', fallbackUrl: '/m/download.mp4', posterUrl: '/m/poster.jpg', subtitleUrl: '/m/sub.vtt' },
    });
  });

  it('plays a GIF animation as its WebM/MP4 clip (WebM first), and falls back to the GIF before that', () => {
    const gif = file('image/gif', 'gif');
    const converted = plan('ANIMATION', gif, media({ state: 'SUCCEEDED', mp4Url: '/m/a.mp4', webmUrl: '/m/a.webm', posterUrl: '/m/p.jpg' }));
    expect(converted.kind).toBe('image');
    expect(converted.converted).toEqual({
      viewer: 'clip',
      sources: [
        { url: '/m/a.webm', type: 'video/webm' },
        { url: '/m/a.mp4', type: 'video/mp4' },
      ],
      posterUrl: '/m/p.jpg',
      subtitleUrl: '',
    });
    expect(plan('ANIMATION', gif, media()).converted).toBeNull();
  });

  it('shows audio, pictures, page images and the unpacked package when the conversion made them', () => {
    expect(plan('AUDIO', file('audio/mpeg', 'mp3'), media({ state: 'SUCCEEDED', audioUrl: '/m/a.m4a', peaksUrl: '/m/p.json' })).converted).toEqual({
      viewer: 'audio',
      url: '/m/a.m4a',
      peaksUrl: '/m/p.json',
    });
    const images = [{ width: 1280, url: '/m/1280.webp', fallbackUrl: '/m/1280.jpg' }];
    expect(plan('IMAGE', file('image/png', 'png'), media({ state: 'SUCCEEDED', images })).converted).toEqual({ viewer: 'picture', images });
    for (const f of [pptx, pdf]) {
      expect(plan('PRESENTATION', f, media({ state: 'SUCCEEDED', pages: ['/m/p1.webp'], pdfUrl: '/m/d.pdf' })).converted).toEqual({
        viewer: 'pages',
        pages: ['/m/p1.webp'],
        pdfUrl: '/m/d.pdf',
      });
    }
    expect(plan('SIMULATION', file('application/zip', 'zip'), media({ state: 'SUCCEEDED', packageUrl: '/m/package/index.html' })).converted).toEqual({
      viewer: 'package',
      url: '/m/package/index.html',
    });
  });

  it("falls back to today's viewers when there is nothing converted", () => {
    expect(plan('VIDEO', mp4, null)).toEqual({ kind: 'video', converted: null, status: 'none' });
    expect(plan('DOCUMENT', pdf, media())).toEqual({ kind: 'pdf', converted: null, status: 'none' });
    expect(plan('PRESENTATION', pptx, media({ state: 'SUCCEEDED' }))).toEqual({ kind: 'office', converted: null, status: 'done' });
    expect(plan('TEXT', null, null)).toEqual({ kind: 'text', converted: null, status: 'none' });
  });

  it('tells converting (nothing to show yet) from an early preview, and failures', () => {
    expect(plan('VIDEO', mp4, media({ state: 'QUEUED' })).status).toBe('converting');
    expect(plan('VIDEO', mp4, media({ state: 'RUNNING', progress: 40 })).status).toBe('converting');
    // a poster alone plays nothing: still converting
    expect(plan('VIDEO', mp4, media({ state: 'RUNNING', playable: true, posterUrl: '/m/p.jpg' })).status).toBe('converting');
    expect(plan('VIDEO', mp4, media({ state: 'RUNNING', playable: true, hlsUrl: '/m/master.m3u8' })).status).toBe('early');
    expect(plan('DOCUMENT', pptx, media({ state: 'RUNNING', playable: true, pages: ['/m/p1.webp'] })).status).toBe('early');
    expect(plan('VIDEO', mp4, media({ state: 'FAILED', errorMessage: '文件已损坏' }))).toMatchObject({ status: 'failed', converted: null });
    expect(plan('VIDEO', mp4, media({ state: 'CANCELLED' })).status).toBe('failed');
  });
});

describe('mediaBusy', () => {
  it('is true while the standard conversion or an asked-for one is queued or running', () => {
    expect(mediaBusy(null)).toBe(false);
    expect(mediaBusy(media({ state: 'SUCCEEDED' }))).toBe(false);
    expect(mediaBusy(media({ state: 'FAILED' }))).toBe(false);
    expect(mediaBusy(media({ state: 'QUEUED' }))).toBe(true);
    expect(mediaBusy(media({ state: 'RUNNING' }))).toBe(true);
    const conversion = { kind: 'PDF' as const, progress: 10, url: '', errorMessage: '' };
    expect(mediaBusy(media({ state: 'SUCCEEDED', conversions: [{ ...conversion, state: 'RUNNING' }] }))).toBe(true);
    expect(mediaBusy(media({ state: 'SUCCEEDED', conversions: [{ ...conversion, state: 'SUCCEEDED' }] }))).toBe(false);
  });
});

describe('conversionOffer', () => {
  it('offers an MP4 of videos and animations and a PDF of office documents only', () => {
    expect(conversionOffer('video', 'VIDEO', media())).toBe('MP4');
    expect(conversionOffer('image', 'ANIMATION', media())).toBe('MP4');
    expect(conversionOffer('office', 'DOCUMENT', media())).toBe('PDF');
    expect(conversionOffer('office', 'SPREADSHEET', media())).toBe('PDF');
    expect(conversionOffer('pdf', 'DOCUMENT', media())).toBeNull();
    expect(conversionOffer('image', 'IMAGE', media())).toBeNull();
    expect(conversionOffer('video', 'VIDEO', null)).toBeNull();
  });
});
