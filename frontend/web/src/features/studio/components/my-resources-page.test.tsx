import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { formOptions, studioResource } from '../testing/studio-fixtures';
import { MyResourcesPage } from './my-resources-page';

const resources = () => [
  studioResource({ id: '101', title: '阶梯轴车削示意图' }),
  studioResource({
    id: '102',
    title: '内孔车削要点',
    type: 'TEXT',
    file: null,
    status: 'NEEDS_CHANGES',
    review: { level: '课程负责人审核', submittedAt: '2026-03-05T14:03:00+08:00', submittedBy: '张海涛', comment: '请补充排屑注意事项。' },
  }),
  studioResource({
    id: '103',
    title: '外圆车削对刀',
    type: 'VIDEO',
    status: 'IN_REVIEW',
    review: { level: '主持单位审核', submittedAt: '2026-03-05T14:03:00+08:00', submittedBy: '张海涛', comment: '' },
  }),
];

function serve(results = [
  { id: '101', ok: true, code: '', message: '' },
  { id: '103', ok: false, code: 'CONFLICT', message: '“外圆车削对刀”已在审核中。' },
]) {
  return mockGraphql({
    Me: () => ({ me: fakeMe() }),
    ResourceFormOptions: () => ({ resourceFormOptions: formOptions() }),
    MyResources: () => ({ myResources: { total: 3, items: resources() } }),
    ResourcesSubmit: () => ({ resourcesSubmit: { ...ok(), results } }),
    ResourcesDelete: ({ ids }) => ({ resourcesDelete: { ...ok(), results: (ids as string[]).map((id) => ({ id, ok: true, code: '', message: '' })) } }),
  });
}

const row = async (title: string) => {
  const rows = await screen.findAllByTestId('resource-row');
  const found = rows.find((element) => element.getAttribute('data-title') === title);
  if (!found) throw new Error(`no row ${title}`);
  return found;
};

const select = async (title: string) => fireEvent.click(within(await row(title)).getByRole('checkbox'));

describe('MyResourcesPage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows each status, the reviewer comment of one that needs changes, and the review level', async () => {
    serve();
    renderWithProviders(<MyResourcesPage />);
    expect(within(await row('阶梯轴车削示意图')).getByTestId('resource-status')).toHaveTextContent('草稿');
    const returned = await row('内孔车削要点');
    expect(within(returned).getByTestId('resource-status')).toHaveTextContent('需修改');
    expect(within(returned).getByTestId('review-comment')).toHaveTextContent('请补充排屑注意事项。');
    expect(within(await row('外圆车削对刀')).getByTestId('resource-status')).toHaveTextContent('审核中 · 主持单位审核');
  });

  it('submits the selected resources and reports every one, done or refused with the reason', async () => {
    const { calls } = serve();
    renderWithProviders(<MyResourcesPage />);
    await select('阶梯轴车削示意图');
    await select('外圆车削对刀');
    expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 2 项');

    await userEvent.click(screen.getByTestId('tool-submit'));

    const results = await screen.findByTestId('batch-results');
    expect(calls.find((call) => call.operation === 'ResourcesSubmit')?.variables).toEqual({ ids: ['101', '103'] });
    expect(within(results).getByTestId('batch-results-summary')).toHaveTextContent('成功 1 项，未成功 1 项');
    const lines = within(results).getAllByTestId('batch-result');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveAttribute('data-ok', 'true');
    expect(lines[0]).toHaveTextContent('阶梯轴车削示意图');
    expect(lines[0]).toHaveTextContent('已提交审核');
    expect(lines[1]).toHaveAttribute('data-ok', 'false');
    expect(lines[1]).toHaveTextContent('外圆车削对刀');
    expect(lines[1]).toHaveTextContent('“外圆车削对刀”已在审核中。');
    // The refused one stays selected, to try again.
    await waitFor(() => expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 1 项'));
  });

  it('deletes to the recycle bin only after confirmation', async () => {
    const { calls } = serve();
    renderWithProviders(<MyResourcesPage />);
    await select('内孔车削要点');
    await userEvent.click(screen.getByTestId('tool-delete'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('资源将移入回收站');
    expect(calls.some((call) => call.operation === 'ResourcesDelete')).toBe(false);
    await userEvent.click(within(dialog).getByTestId('confirm-delete'));
    await waitFor(() => expect(calls.find((call) => call.operation === 'ResourcesDelete')?.variables).toEqual({ ids: ['102'] }));
    expect(await screen.findByTestId('batch-results-summary')).toHaveTextContent('成功 1 项，未成功 0 项');
  });
});
