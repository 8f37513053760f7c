import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { VideoPlayer } from './video-player';

const source = { kind: 'sources' as const, sources: [{ url: '/m/clip.mp4', type: 'video/mp4' }] };

const tracks = () =>
  [...screen.getByTestId('video-player').querySelectorAll('track')].map((track) => ({
    kind: track.getAttribute('kind'),
    src: track.getAttribute('src'),
    srclang: track.getAttribute('srclang'),
    label: track.getAttribute('label'),
    default: track.hasAttribute('default'),
  }));

describe('VideoPlayer subtitles', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('offers one track per attached language, the Chinese one shown by default', () => {
    renderWithProviders(
      <VideoPlayer
        source={source}
        title="外圆车削对刀"
        subtitleUrl="/s/zh-CN.vtt"
        subtitles={[
          { language: 'en', label: 'English', url: '/s/en.vtt' },
          { language: 'zh-CN', label: '中文', url: '/s/zh-CN.vtt' },
        ]}
      />,
    );
    expect(tracks()).toEqual([
      { kind: 'subtitles', src: '/s/en.vtt', srclang: 'en', label: 'English', default: false },
      { kind: 'subtitles', src: '/s/zh-CN.vtt', srclang: 'zh-CN', label: '中文', default: true },
    ]);
  });

  it('shows the only track by default when there is no Chinese one', () => {
    renderWithProviders(<VideoPlayer source={source} title="t" subtitles={[{ language: 'en', label: 'English', url: '/s/en.vtt' }]} />);
    expect(tracks()).toEqual([{ kind: 'subtitles', src: '/s/en.vtt', srclang: 'en', label: 'English', default: true }]);
  });

  it('falls back to the single subtitle URL, and has no track without subtitles', () => {
    const { unmount } = renderWithProviders(<VideoPlayer source={source} title="t" subtitleUrl="/s/sub.vtt" subtitles={[]} />);
    expect(tracks()).toEqual([{ kind: 'subtitles', src: '/s/sub.vtt', srclang: 'zh-CN', label: '字幕', default: true }]);
    unmount();
    renderWithProviders(<VideoPlayer source={source} title="t" />);
    expect(tracks()).toEqual([]);
  });
});
