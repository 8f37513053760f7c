import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StudioResourceFieldsFragment, StudioResourceMediaFieldsFragment } from '@zyk/shared';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { formOptions, studioMedia, studioResource } from '../testing/studio-fixtures';
import { MyResourcesPage } from './my-resources-page';
import { ResourceEditPage } from './resource-edit-page';

// The studio polls every 2 s while a file converts; here every 30 ms.
vi.mock('../lib/media', async (importOriginal) => ({ ...(await importOriginal<typeof import('../lib/media')>()), MEDIA_POLL_MS: 30 }));

type Media = StudioResourceMediaFieldsFragment;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const row = async (title: string) => {
  const rows = await screen.findAllByTestId('resource-row');
  const found = rows.find((element) => element.getAttribute('data-title') === title);
  if (!found) throw new Error(`no row ${title}`);
  return found;
};

/** 我的资源 whose rows' media follow `pages` one after the other (the last one for good). */
function serveList(pages: StudioResourceFieldsFragment[][], { retry = ok({ resource: { id: '103', media: studioMedia({ state: 'QUEUED', progress: 0 }) } }) as object } = {}) {
  let asked = 0;
  const handle = mockGraphql({
    Me: () => ({ me: fakeMe() }),
    ReviewQueueCount: () => ({ reviewQueue: { total: 0 } }),
    ResourceFormOptions: () => ({ resourceFormOptions: formOptions() }),
    MyResources: () => {
      const items = pages[Math.min(asked, pages.length - 1)];
      asked += 1;
      return { myResources: { total: items.length, items } };
    },
    StudioResourceMediaRetry: () => ({ resourceMediaRetry: retry }),
  });
  const reads = () => handle.calls.filter((call) => call.operation === 'MyResources').length;
  return { ...handle, reads };
}

const list = (running: Media, failed: Media) => [
  studioResource({ id: '101', title: '阶梯轴车削示意图', media: studioMedia() }),
  studioResource({ id: '102', title: '外圆车削对刀', type: 'VIDEO', media: running }),
  studioResource({ id: '103', title: '刀补课件', type: 'PRESENTATION', media: failed }),
  studioResource({ id: '104', title: '内孔车削要点', type: 'TEXT', file: null, media: null }),
];

describe('conversion status in the studio', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows each row’s conversion: progress while running, the reason of a failure, nothing for texts', async () => {
    const failed = studioMedia({ state: 'FAILED', progress: 30, errorMessage: '文件已损坏，无法转换。', canRetry: true, playable: false });
    serveList([list(studioMedia({ state: 'RUNNING', progress: 45.6, playable: false }), failed)]);
    renderWithProviders(<MyResourcesPage />);

    const done = within(await row('阶梯轴车削示意图')).getByTestId('media-status');
    expect(done).toHaveAttribute('data-state', 'SUCCEEDED');
    expect(done).toHaveTextContent('已转码');

    const running = within(await row('外圆车削对刀')).getByTestId('media-status');
    expect(running).toHaveTextContent('转码中');
    expect(within(running).getByTestId('media-progress')).toHaveTextContent('46%');

    const broken = within(await row('刀补课件')).getByTestId('media-status');
    expect(broken).toHaveTextContent('转码失败');
    expect(within(broken).getByTestId('media-reason')).toHaveAttribute('aria-label', '文件已损坏，无法转换。');
    fireEvent.mouseEnter(within(broken).getByTestId('media-reason'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('文件已损坏，无法转换。');
    expect(within(broken).getByTestId('media-retry')).toBeInTheDocument();

    expect(within(await row('内孔车削要点')).queryByTestId('media-status')).not.toBeInTheDocument();
  });

  it('asks again while a file converts and stops once none does', async () => {
    const failed = studioMedia({ state: 'FAILED', errorMessage: '超时', canRetry: false });
    const { reads } = serveList([
      list(studioMedia({ state: 'QUEUED', progress: 0, playable: false }), failed),
      list(studioMedia({ state: 'RUNNING', progress: 70, playable: true }), failed),
      list(studioMedia({ state: 'RUNNING', progress: 70, playable: true }), failed),
      list(studioMedia(), failed),
    ]);
    renderWithProviders(<MyResourcesPage />);
    expect(within(await row('外圆车削对刀')).getByTestId('media-status')).toHaveTextContent('排队中');
    await waitFor(async () => expect(within(await row('外圆车削对刀')).getByTestId('media-status')).toHaveAttribute('data-state', 'SUCCEEDED'));
    // no retry for those who may not
    expect(within(await row('刀补课件')).queryByTestId('media-retry')).not.toBeInTheDocument();
    const after = reads();
    await pause(200);
    expect(reads()).toBe(after);
  });

  it('starts a failed conversion again from its row and shows the new one', async () => {
    const failed = studioMedia({ state: 'FAILED', errorMessage: '文件已损坏，无法转换。', canRetry: true, playable: false });
    const { calls } = serveList([list(studioMedia(), failed), list(studioMedia(), studioMedia({ state: 'QUEUED', progress: 0, playable: false }))]);
    renderWithProviders(<MyResourcesPage />);
    await userEvent.click(within(await row('刀补课件')).getByTestId('media-retry'));
    expect(calls.filter((c) => c.operation === 'StudioResourceMediaRetry')).toEqual([
      { operation: 'StudioResourceMediaRetry', method: 'POST', variables: { id: '103' } },
    ]);
    expect(await screen.findByText('已重新开始转码')).toBeInTheDocument();
    await waitFor(async () => expect(within(await row('刀补课件')).getByTestId('media-status')).toHaveAttribute('data-state', 'QUEUED'));
  });

  it('reports a refused retry with the server’s reason', async () => {
    const failed = studioMedia({ state: 'FAILED', errorMessage: '超时', canRetry: true });
    serveList([list(studioMedia(), failed)], { retry: refused('PERMISSION_DENIED', '您不能修改该资源。') });
    renderWithProviders(<MyResourcesPage />);
    await userEvent.click(within(await row('刀补课件')).getByTestId('media-retry'));
    expect(await screen.findByText('您不能修改该资源。')).toBeInTheDocument();
  });
});

describe('the edit page’s conversion panel', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function serveDraft(states: (Media | null)[], { retried = studioMedia({ state: 'QUEUED', progress: 0, playable: false }) } = {}) {
    let asked = 0;
    const handle = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      ReviewQueueCount: () => ({ reviewQueue: { total: 0 } }),
      ResourceFormOptions: () => ({ resourceFormOptions: formOptions() }),
      ResourceReviewHistory: () => ({ resourceReviewHistory: [] }),
      ResourceDraft: () => {
        const media = states[Math.min(asked, states.length - 1)];
        asked += 1;
        return { resourceDraft: { ...studioResource({ id: '101', title: '刀补课件', type: 'PRESENTATION', media }), body: '', bodySource: '' } };
      },
      StudioResourceMediaRetry: () => ({ resourceMediaRetry: ok({ resource: { id: '101', media: retried } }) }),
    });
    const reads = () => handle.calls.filter((call) => call.operation === 'ResourceDraft').length;
    return { ...handle, reads };
  }

  it('shows the progress, follows it to the end and links the preview', async () => {
    const { reads } = serveDraft([
      studioMedia({ state: 'RUNNING', progress: 12, playable: false }),
      studioMedia({ state: 'RUNNING', progress: 12, playable: false }),
      studioMedia(),
    ]);
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('media-panel');
    expect(panel).toHaveAttribute('data-state', 'RUNNING');
    expect(within(panel).getByTestId('media-panel-progress')).toHaveTextContent('12%');
    expect(panel).toHaveTextContent('正在转码，完成后即可在线预览。');
    expect(within(panel).queryByTestId('media-panel-preview')).not.toBeInTheDocument();

    await waitFor(() => expect(screen.getByTestId('media-panel')).toHaveAttribute('data-state', 'SUCCEEDED'));
    expect(screen.getByTestId('media-panel')).toHaveTextContent('转码完成，资源可在线预览。');
    expect(screen.getByTestId('media-panel-preview')).toHaveAttribute('href', '/resources/101');
    const after = reads();
    await pause(200);
    expect(reads()).toBe(after);
    // the form stayed as it was (the draft's updatedAt did not change)
    expect(screen.getByTestId('edit-form')).toBeInTheDocument();
  });

  it('says why it failed and starts it again', async () => {
    const { calls } = serveDraft([
      studioMedia({ state: 'FAILED', errorMessage: '文件已损坏，无法转换。', canRetry: true, playable: false }),
      studioMedia({ state: 'QUEUED', progress: 0, playable: false }),
    ]);
    renderWithProviders(<ResourceEditPage id="101" />);
    const panel = await screen.findByTestId('media-panel');
    expect(within(panel).getByTestId('media-panel-hint')).toHaveTextContent('失败原因：文件已损坏，无法转换。');
    await userEvent.click(within(panel).getByTestId('media-retry'));
    expect(calls.some((c) => c.operation === 'StudioResourceMediaRetry' && c.variables.id === '101')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('media-panel')).toHaveAttribute('data-state', 'QUEUED'));
    expect(screen.getByTestId('media-panel')).toHaveTextContent('文件正在排队等待转码');
  });

  it('has no panel for a resource without a file', async () => {
    serveDraft([null]);
    renderWithProviders(<ResourceEditPage id="101" />);
    await screen.findByTestId('edit-form');
    expect(screen.queryByTestId('media-panel')).not.toBeInTheDocument();
  });
});
