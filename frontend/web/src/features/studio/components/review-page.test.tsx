import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { studioResource } from '../testing/studio-fixtures';
import { ReviewPage } from './review-page';

const reviewer = fakeMe({ id: '5', username: 'reviewer', displayName: '王建国', roles: [{ role: 'REVIEWER', label: '审核员', organisation: { id: '1', name: '华东机电职业技术学院' } }] });

const task = (id: string, title: string) => ({
  id,
  level: '课程负责人审核',
  startedAt: '2026-03-05T14:03:00+08:00',
  submittedBy: '张海涛',
  resource: { ...studioResource({ id: `10${id}`, title, status: 'IN_REVIEW' }), body: '' },
});

function serve() {
  let queue = [task('1', '阶梯轴车削示意图'), task('2', '工艺卡')];
  return mockGraphql({
    Me: () => ({ me: reviewer }),
    ReviewQueue: () => ({ reviewQueue: { total: queue.length, items: queue } }),
    ResourceReview: ({ id }) => {
      queue = queue.filter((t) => t.resource.id !== id);
      return { resourceReview: { ...ok(), resource: { id, status: 'NEEDS_CHANGES' } } };
    },
  });
}

const open = async (title: string) => {
  const rows = await screen.findAllByTestId('review-row');
  const found = rows.find((row) => row.getAttribute('data-title') === title);
  if (!found) throw new Error(`no row ${title}`);
  await userEvent.click(within(found).getByTestId('review-open'));
  return screen.findByTestId('review-decision-form');
};

describe('ReviewPage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists what waits with level and submitter, and shows the version under review with its file', async () => {
    serve();
    renderWithProviders(<ReviewPage />);
    const rows = await screen.findAllByTestId('review-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('课程负责人审核');
    expect(rows[0]).toHaveTextContent('张海涛');
    await open('阶梯轴车削示意图');
    expect(screen.getByTestId('review-title')).toHaveTextContent('阶梯轴车削示意图');
    expect(screen.getByTestId('review-preview')).toHaveAttribute('href', '/resources/101/file');
  });

  it('will not send a resource back without a comment; with one, it does and the item leaves the list', async () => {
    const { calls } = serve();
    renderWithProviders(<ReviewPage />);
    const form = await open('工艺卡');

    await userEvent.click(within(form).getByTestId('review-reject'));
    expect(await within(form).findByText('请说明需要修改的地方')).toBeInTheDocument();
    expect(calls.some((call) => call.operation === 'ResourceReview')).toBe(false);

    fireEvent.change(within(form).getByTestId('review-comment-input'), { target: { value: '请补充切削用量。' } });
    await userEvent.click(within(form).getByTestId('review-reject'));

    await waitFor(() =>
      expect(calls.find((call) => call.operation === 'ResourceReview')?.variables).toEqual({ id: '102', approve: false, comment: '请补充切削用量。' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('review-row')).toHaveLength(1));
    expect(screen.getByTestId('review-row')).toHaveAttribute('data-title', '阶梯轴车削示意图');
  });

  it('approves without a comment', async () => {
    const { calls } = serve();
    renderWithProviders(<ReviewPage />);
    const form = await open('阶梯轴车削示意图');
    await userEvent.click(within(form).getByTestId('review-approve'));
    await waitFor(() =>
      expect(calls.find((call) => call.operation === 'ResourceReview')?.variables).toEqual({ id: '101', approve: true, comment: '' }),
    );
  });
});
