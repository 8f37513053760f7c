import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { commitItems, overrideFrom } from '../lib/batch-overrides';
import { batchItem, formOptions } from '../testing/studio-fixtures';
import { BatchReportPage } from './batch-report-page';

const items = () => [
  batchItem({ id: '1', path: '数控车削加工技术/轴类零件加工/阶梯轴车削/图片/a.png' }),
  batchItem({ id: '2', path: '数控车削加工技术/轴类零件加工/阶梯轴车削/图片/b.png' }),
  batchItem({ id: '3', path: '数控车削加工技术/轴类零件加工/阶梯轴车削/文档/c.pdf' }),
  batchItem({
    id: '4',
    path: '数控车削加工技术/重复.png',
    status: 'DUPLICATE',
    errorCode: 'DUPLICATE',
    message: '资源库中已有相同内容的资源。',
    duplicateOf: { id: '77', title: '已有的阶梯轴图片' },
    file: null,
  }),
];

const batch = (rows = items()) => ({ id: '9', status: 'PREPARED' as const, createdAt: '2026-03-05T14:03:00+08:00', items: rows });

/** A tiny batch API: the report, and a commit that creates rows 1 and 3 (the report then shows them so). */
function serve() {
  let current = batch();
  return mockGraphql({
    Me: () => ({ me: fakeMe() }),
    ResourceFormOptions: () => ({ resourceFormOptions: formOptions() }),
    ResourceBatch: () => ({ resourceBatch: current }),
    ResourceBatchCommit: () => {
      current = batch(
        items().map((item) =>
          item.id === '1' || item.id === '3'
            ? { ...item, status: 'CREATED' as const, resource: { id: `10${item.id}`, title: `资源${item.id}`, status: 'IN_REVIEW' as const } }
            : item,
        ),
      );
      return { resourceBatchCommit: { ...ok(), batch: current } };
    },
  });
}

const rowOf = async (path: string) => {
  const rows = await screen.findAllByTestId('report-row');
  const found = rows.find((row) => row.getAttribute('data-path')?.endsWith(path));
  if (!found) throw new Error(`no row ${path}`);
  return found;
};

describe('BatchReportPage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows what was recognised with where it came from, duplicates with a link', async () => {
    serve();
    renderWithProviders(<BatchReportPage id="9" />);
    const first = await rowOf('a.png');
    await waitFor(() => expect(within(first).getByTestId('item-course')).toHaveTextContent('数控车削加工技术'), { timeout: 5000 });
    expect(within(first).getByTestId('item-course')).toHaveTextContent('文件夹');
    expect(within(first).getByTestId('item-module')).toHaveTextContent('轴类零件加工');
    expect(within(first).getByTestId('item-points')).toHaveTextContent('阶梯轴车削');
    expect(within(first).getByTestId('item-title')).toHaveTextContent('命名规则');
    const duplicate = await rowOf('重复.png');
    expect(within(duplicate).getByTestId('item-status')).toHaveTextContent('重复');
    expect(within(duplicate).getByTestId('item-duplicate')).toHaveAttribute('href', '/resources/77');
    expect(within(duplicate).queryByTestId('row-skip')).not.toBeInTheDocument();
    expect(screen.getByTestId('commit')).toHaveTextContent('创建资源（3）');
  });

  it('sends the changed title and the skipped row to resourceBatchCommit, with 同时提交审核', async () => {
    const { calls } = serve();
    renderWithProviders(<BatchReportPage id="9" />);

    await waitFor(async () => expect(within(await rowOf('a.png')).getByTestId('item-course')).toHaveTextContent('数控车削加工技术'), { timeout: 5000 });
    fireEvent.click(within(await rowOf('b.png')).getByTestId('row-skip'));
    await waitFor(async () => expect(within(await rowOf('b.png')).getByTestId('row-skip')).toBeChecked(), { timeout: 5000 });
    await userEvent.click(within(await rowOf('a.png')).getByTestId('row-edit'));
    const title = await screen.findByTestId('row-title');
    fireEvent.change(title, { target: { value: '阶梯轴车削示意图' } });
    await userEvent.click(screen.getByTestId('row-save'));
    await waitFor(() => expect(within(screen.getAllByTestId('report-row')[0]).getByTestId('item-title')).toHaveTextContent('阶梯轴车削示意图'), { timeout: 5000 });
    expect(within(screen.getAllByTestId('report-row')[0]).getByTestId('item-title')).toHaveTextContent('已修改');
    expect(screen.getByTestId('commit')).toHaveTextContent('创建资源（2）');

    await userEvent.click(screen.getByTestId('commit'));

    await waitFor(() => expect(calls.some((call) => call.operation === 'ResourceBatchCommit')).toBe(true), { timeout: 5000 });
    expect(calls.find((call) => call.operation === 'ResourceBatchCommit')?.variables).toEqual({
      id: '9',
      items: [
        { itemId: '1', input: { title: '阶梯轴车削示意图' } },
        { itemId: '2', skip: true },
      ],
      submit: true,
    });
    await waitFor(async () => expect(await rowOf('a.png')).toHaveAttribute('data-status', 'CREATED'), { timeout: 5000 });
    expect(within(await rowOf('a.png')).getByTestId('item-resource')).toHaveAttribute('href', '/my/resources/101/edit');
    expect(await rowOf('b.png')).toHaveAttribute('data-status', 'READY');
  });
});

describe('batch overrides', () => {
  it('keep only what differs from what was recognised, and clear an emptied relation with ""', () => {
    const item = batchItem();
    expect(overrideFrom(item, { ...item.recognised, title: item.recognised.title, type: 'IMAGE', majorId: '3', courseId: '11', moduleId: '21', knowledgePointIds: ['31'] })).toBeUndefined();
    expect(overrideFrom(item, { title: item.recognised.title, type: 'IMAGE', majorId: '3', courseId: '11', moduleId: undefined, knowledgePointIds: [] })).toEqual({
      moduleId: '',
      knowledgePointIds: [],
    });
  });

  it('retry a failed row only when it has a file and a change; never skip a row that is not ready', () => {
    const failed = batchItem({ id: '5', status: 'FAILED' });
    const created = batchItem({ id: '6', status: 'CREATED' });
    expect(commitItems([failed, created], { 5: { title: '新标题' }, 6: { title: 'x' } }, new Set(['5', '6']))).toEqual([
      { itemId: '5', input: { title: '新标题' } },
    ]);
  });
});
