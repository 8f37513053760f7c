import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResourceType } from '@zyk/shared';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { formOptions, studioMedia, studioResource } from '../testing/studio-fixtures';
import { ResourceEditPage } from './resource-edit-page';

// tus-js-client is replaced at the module boundary: start() sends half the file and waits for the
// test to let the rest arrive (tus.finish()), so the progress can be seen in between.
const tus = vi.hoisted(() => ({
  created: [] as { file: File; metadata: Record<string, string> }[],
  finish: (): void => undefined,
}));
vi.mock('tus-js-client', () => ({
  Upload: class {
    url: string | null = null;
    file: File;
    options: {
      onProgress?: (sent: number, total: number) => void;
      onSuccess?: (payload: object) => void;
      metadata: Record<string, string>;
    };
    constructor(file: File, options: { metadata: Record<string, string> }) {
      this.file = file;
      this.options = options;
      tus.created.push({ file, metadata: options.metadata });
    }
    findPreviousUploads() {
      return Promise.resolve([]);
    }
    resumeFromPreviousUpload() {}
    start() {
      this.url = `/uploads/u-${tus.created.length}`;
      this.options.onProgress?.(Math.floor(this.file.size / 2), this.file.size);
      tus.finish = () => {
        this.options.onProgress?.(this.file.size, this.file.size);
        this.options.onSuccess?.({});
      };
    }
    abort() {
      return Promise.resolve();
    }
  },
}));

type Track = { language: string; label: string; url: string };

const zh: Track = { language: 'zh-CN', label: '中文', url: '/resources/101/subtitles/zh-CN.vtt' };
const en: Track = { language: 'en', label: 'English', url: '/resources/101/subtitles/en.vtt' };

const SRT = '1\n00:00:01,000 --> 00:00:03,000\n外圆车削对刀\n';

/** The edit page of a video whose attached tracks the attach / remove mutations change, like the server. */
function serve({
  tracks: initial = [zh],
  type = 'VIDEO',
  attach,
}: { tracks?: Track[]; type?: ResourceType; attach?: (variables: Record<string, unknown>) => object } = {}) {
  let tracks = [...initial];
  const answer = () => ({ id: '101', media: studioMedia({ subtitles: tracks }) });
  return mockGraphql({
    Me: () => ({ me: fakeMe() }),
    ReviewQueueCount: () => ({ reviewQueue: { total: 0 } }),
    ResourceFormOptions: () => ({ resourceFormOptions: formOptions() }),
    ResourceReviewHistory: () => ({ resourceReviewHistory: [] }),
    ResourceDraft: () => ({
      resourceDraft: {
        ...studioResource({
          id: '101',
          title: '外圆车削对刀',
          type,
          file: { filename: '对刀.mp4', extension: 'mp4', mime: 'video/mp4', size: 4096, width: 1280, height: 720, durationSeconds: 60, pages: null },
          media: studioMedia({ subtitles: tracks }),
        }),
        body: '',
        bodySource: '',
      },
    }),
    StudioResourceSubtitleAttach: (variables) => {
      const refusal = attach?.(variables);
      if (refusal) return { resourceSubtitleAttach: refusal };
      const added = variables.language === 'en' ? en : zh;
      tracks = [...tracks.filter((t) => t.language !== added.language), added];
      return { resourceSubtitleAttach: ok({ resource: answer() }) };
    },
    StudioResourceSubtitleRemove: (variables) => {
      tracks = tracks.filter((t) => t.language !== variables.language);
      return { resourceSubtitleRemove: ok({ resource: answer() }) };
    },
  });
}

const tracksShown = () => screen.queryAllByTestId('subtitle-track').map((row) => row.getAttribute('data-language'));

describe('the edit page’s subtitle panel', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    tus.created.length = 0;
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the attached tracks and removes one after confirming', async () => {
    const { calls } = serve({ tracks: [zh, en] });
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('subtitle-panel');
    expect(tracksShown()).toEqual(['zh-CN', 'en']);
    const english = within(panel).getAllByTestId('subtitle-track')[1];
    expect(within(english).getByRole('link', { name: 'English' })).toHaveAttribute('href', en.url);

    await userEvent.click(within(english).getByTestId('subtitle-remove'));
    await userEvent.click(await screen.findByTestId('subtitle-remove-confirm'));
    await waitFor(() => expect(tracksShown()).toEqual(['zh-CN']));
    expect(calls.filter((c) => c.operation === 'StudioResourceSubtitleRemove').map((c) => c.variables)).toEqual([{ id: '101', language: 'en' }]);
    expect(await screen.findByText('字幕已删除')).toBeInTheDocument();
  });

  it('uploads an SRT in the chosen language with its progress, then attaches it', async () => {
    const { calls } = serve({ tracks: [zh] });
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('subtitle-panel');
    await userEvent.click(within(panel).getByText('English'));

    const file = new File([SRT], 'cues.srt', { type: 'application/x-subrip' });
    await userEvent.upload(within(panel).getByTestId('subtitle-picker-files'), file);
    const row = await within(panel).findByTestId('upload-row');
    expect(row).toHaveAttribute('data-status', 'uploading');
    expect(row).toHaveTextContent(`${Math.floor(file.size / 2)} B / ${file.size} B`);
    expect(tus.created.map((u) => u.metadata.filename)).toEqual(['cues.srt']);
    expect(calls.some((c) => c.operation === 'StudioResourceSubtitleAttach')).toBe(false);

    act(() => tus.finish());
    await waitFor(() => expect(tracksShown()).toEqual(['zh-CN', 'en']));
    expect(calls.filter((c) => c.operation === 'StudioResourceSubtitleAttach').map((c) => c.variables)).toEqual([
      { id: '101', uploadId: 'u-1', language: 'en' },
    ]);
    expect(await screen.findByText('英文字幕已添加')).toBeInTheDocument();
    expect(within(panel).queryByTestId('upload-row')).not.toBeInTheDocument();
  });

  it('warns that a language’s subtitles will be replaced', async () => {
    serve({ tracks: [zh] });
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('subtitle-panel');
    expect(within(panel).getByTestId('subtitle-replaces')).toHaveTextContent('该视频已有中文字幕，上传后将替换原字幕。');
    await userEvent.click(within(panel).getByText('English'));
    expect(within(panel).queryByTestId('subtitle-replaces')).not.toBeInTheDocument();
  });

  it('shows the server’s reason for a refusal and keeps the tracks that were there', async () => {
    serve({ tracks: [zh], attach: () => refused('INVALID_INPUT', '字幕中含有不能发布的词语：某词。', null) });
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('subtitle-panel');
    await userEvent.upload(within(panel).getByTestId('subtitle-picker-files'), new File([SRT], '对刀.srt'));
    act(() => tus.finish());
    expect(await within(panel).findByTestId('form-alert-message')).toHaveTextContent('字幕中含有不能发布的词语：某词。');
    expect(tracksShown()).toEqual(['zh-CN']);
    expect(within(panel).queryByTestId('upload-row')).not.toBeInTheDocument();
  });

  it('refuses a file that is not .srt or .vtt without sending it', async () => {
    const calls = serve().calls;
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('subtitle-panel');
    const picker = within(panel).getByTestId('subtitle-picker-files');
    expect(picker).toHaveAttribute('accept', '.srt,.vtt');
    await userEvent.setup({ applyAccept: false }).upload(picker, new File(['x'], '讲稿.docx'));
    expect(await within(panel).findByTestId('form-alert-message')).toHaveTextContent('“讲稿.docx”不是字幕文件');
    expect(tus.created).toHaveLength(0);
    expect(calls.some((c) => c.operation === 'StudioResourceSubtitleAttach')).toBe(false);
  });

  it('says when there are none, in English too', async () => {
    await i18n.changeLanguage('en');
    serve({ tracks: [], type: 'ANIMATION' });
    renderWithProviders(<ResourceEditPage id="101" />);
    expect(await screen.findByTestId('subtitle-empty')).toHaveTextContent('No subtitles yet.');
    expect(screen.getByText('Subtitles')).toBeInTheDocument();
  });

  it('is not offered for a resource that is not a video or animation', async () => {
    serve({ type: 'PRESENTATION' });
    renderWithProviders(<ResourceEditPage id="101" />);
    await screen.findByTestId('edit-form');
    expect(screen.queryByTestId('subtitle-panel')).not.toBeInTheDocument();
  });
});
