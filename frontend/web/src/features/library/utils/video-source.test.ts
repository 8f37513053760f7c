import { vi } from 'vitest';
import { attachVideoSource, hlsMode, type loadHls } from './video-source';

const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';

const video = (native: boolean) => ({ canPlayType: (type: string) => (native && type === 'application/vnd.apple.mpegurl' ? 'maybe' : '') }) as HTMLVideoElement;
const mse = { MediaSource: { isTypeSupported: () => true } };

describe('hlsMode', () => {
  it('uses Safari’s own HLS, and native HLS where there is no Media Source Extensions', () => {
    expect(hlsMode(video(true), mse, SAFARI)).toBe('native');
    expect(hlsMode(video(true), mse, IPHONE)).toBe('native');
    expect(hlsMode(video(true), {}, ANDROID)).toBe('native');
  });

  it('uses hls.js elsewhere with MSE, even where the browser claims native HLS', () => {
    expect(hlsMode(video(false), mse, CHROME)).toBe('hlsjs');
    expect(hlsMode(video(true), mse, ANDROID)).toBe('hlsjs');
    expect(hlsMode(video(false), { ManagedMediaSource: { isTypeSupported: () => true } }, IPHONE)).toBe('hlsjs');
  });

  it('has no HLS without either', () => {
    expect(hlsMode(video(false), {}, CHROME)).toBe('none');
    expect(hlsMode(video(false), { MediaSource: { isTypeSupported: () => false } }, CHROME)).toBe('none');
  });
});

/** A stand-in for hls.js's class: records what the player asked of it. */
function fakeHls({ supported = true } = {}) {
  const instances: { source?: string; media?: HTMLMediaElement; destroyed: boolean; handlers: ((event: string, data: object) => void)[] }[] = [];
  class Hls {
    static isSupported = () => supported;
    static Events = { ERROR: 'hlsError' };
    static ErrorTypes = { MEDIA_ERROR: 'mediaError', NETWORK_ERROR: 'networkError' };
    record = { destroyed: false, handlers: [] as ((event: string, data: object) => void)[] } as (typeof instances)[number];
    constructor() {
      instances.push(this.record);
    }
    on(_event: string, handler: (event: string, data: object) => void) {
      this.record.handlers.push(handler);
    }
    loadSource(url: string) {
      this.record.source = url;
    }
    attachMedia(media: HTMLMediaElement) {
      this.record.media = media;
    }
    recoverMediaError() {}
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { load: (() => Promise.resolve(Hls)) as unknown as typeof loadHls, instances };
}

describe('attachVideoSource', () => {
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    vi.stubGlobal('MediaSource', { isTypeSupported: () => true });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('attaches hls.js to the video and destroys it on detach', async () => {
    const element = document.createElement('video');
    const { load, instances } = fakeHls();
    const modes: string[] = [];
    const detach = attachVideoSource(element, { kind: 'hls', url: '/m/master.m3u8', fallbackUrl: '/m/d.mp4' }, { load, onMode: (m) => modes.push(m) });
    await vi.waitFor(() => expect(instances).toHaveLength(1));
    expect(modes).toEqual(['hlsjs']);
    expect(instances[0].source).toBe('/m/master.m3u8');
    expect(instances[0].media).toBe(element);
    detach();
    expect(instances[0].destroyed).toBe(true);
  });

  it('plays the MP4 when hls.js gives up on a network error', async () => {
    const element = document.createElement('video');
    const { load, instances } = fakeHls();
    attachVideoSource(element, { kind: 'hls', url: '/m/master.m3u8', fallbackUrl: '/m/d.mp4' }, { load });
    await vi.waitFor(() => expect(instances).toHaveLength(1));
    instances[0].handlers.forEach((handler) => handler('hlsError', { fatal: true, type: 'networkError' }));
    expect(instances[0].destroyed).toBe(true);
    expect(element.getAttribute('src')).toBe('/m/d.mp4');
  });

  it('plays the MP4 when the hls.js chunk does not load, and never attaches after a detach', async () => {
    const element = document.createElement('video');
    attachVideoSource(element, { kind: 'hls', url: '/m/master.m3u8', fallbackUrl: '/m/d.mp4' }, { load: () => Promise.reject(new Error('offline')) });
    await vi.waitFor(() => expect(element.getAttribute('src')).toBe('/m/d.mp4'));

    const late = document.createElement('video');
    const { load, instances } = fakeHls();
    attachVideoSource(late, { kind: 'hls', url: '/m/master.m3u8' }, { load })();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(instances).toHaveLength(0);
  });

  it('points the video at the file itself for originals', () => {
    const element = document.createElement('video');
    const detach = attachVideoSource(element, { kind: 'file', url: '/resources/1/file' });
    expect(element.getAttribute('src')).toBe('/resources/1/file');
    detach();
    expect(element.hasAttribute('src')).toBe(false);
  });
});
