import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphql } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import type { ImportState } from '../api/question-import';
import { ImportOutcome } from './import-outcome';

const importing: ImportState = { id: '41', status: 'IMPORTING', itemCount: 30, progress: 0, questionIds: [], errors: [] };

/** Answers the poll with each state in turn (the last one repeated). */
function serve(states: Partial<ImportState>[]) {
  let call = 0;
  return mockGraphql({
    QuestionImport: () => ({ questionImport: { ...importing, ...states[Math.min(call++, states.length - 1)] } }),
  });
}

describe('ImportOutcome (issue 7: the worker imports, the page polls)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows 正在导入… with the progress while IMPORTING, then the count and the bank link once IMPORTED', async () => {
    const { calls } = serve([{ progress: 0 }, { progress: 20 }, { status: 'IMPORTED', progress: null, questionIds: ['1', '2'] }]);
    const onFinished = vi.fn();
    renderWithProviders(<ImportOutcome initial={importing} total={30} bankPath="/courses/3/questions" onFinished={onFinished} pollMs={20} />);

    expect(screen.getByTestId('import-progress')).toHaveTextContent('正在导入…');
    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveTextContent('已写入 20 / 30 道题'));
    expect(screen.getByTestId('import-progress-bar')).toBeInTheDocument();
    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('已导入 30 道题，均为草稿。');
    expect(within(done).getByTestId('import-bank-link')).toHaveAttribute('href', '/courses/3/questions');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished.mock.calls[0][0]).toMatchObject({ status: 'IMPORTED', itemCount: 30 });
    // polling stops once the outcome is known
    const asked = calls.length;
    expect(calls.every((c) => c.operation === 'QuestionImport' && c.variables.id === '41')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls.length).toBe(asked);
  });

  it('shows the errors and that nothing was imported when the worker refused the file', async () => {
    serve([{ status: 'FAILED', progress: null, errors: [{ location: '第 3 题（第 11 行）', message: '答案“E”不在选项中。' }] }]);
    const onFinished = vi.fn();
    renderWithProviders(<ImportOutcome initial={importing} total={3} bankPath="/courses/3/questions" onFinished={onFinished} pollMs={20} />);

    const failed = await screen.findByTestId('import-failed');
    expect(failed).toHaveTextContent('没有导入任何试题：有 1 处错误');
    expect(within(failed).getByTestId('import-failed-error')).toHaveTextContent('第 3 题（第 11 行）：答案“E”不在选项中。');
    expect(screen.queryByTestId('import-done')).toBeNull();
    expect(onFinished).toHaveBeenCalledWith(expect.objectContaining({ status: 'FAILED' }));
  });

  it('without a known progress it says the import runs in the background, with no bar', async () => {
    serve([{ progress: null }]);
    renderWithProviders(<ImportOutcome initial={{ ...importing, progress: null }} total={1000} bankPath="/b" onFinished={() => {}} pollMs={20} />);
    expect(await screen.findByText('正在后台导入 1000 道题，可以留在本页等待结果。')).toBeInTheDocument();
    expect(screen.queryByTestId('import-progress-bar')).toBeNull();
  });
});
