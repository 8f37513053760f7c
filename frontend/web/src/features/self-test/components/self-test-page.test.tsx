import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphql } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { SelfTestPage } from './self-test-page';

const paper = {
  id: '3',
  title: '循环指令自测',
  kind: 'FIXED',
  open: true,
  totalScore: 2,
  itemCount: 1,
  maxAttempts: null,
  module: null,
  myAttemptCount: 1,
  myBestScore: null,
  myOpenAttemptId: '5',
  course: { id: '9', name: '数控加工工艺与编程' },
};
const item = (extra: Record<string, unknown> = {}) => ({
  id: '11',
  questionType: 'SINGLE',
  stem: '<p>外圆粗车复合循环的指令是？</p>',
  score: 2,
  content: { options: [{ key: 'A', text: 'G70' }, { key: 'B', text: 'G71' }] },
  response: null,
  result: null,
  subQuestions: [],
  ...extra,
});
const attempt = (state: string, extra: Record<string, unknown> = {}) => ({
  id: '5',
  number: 1,
  state,
  score: null,
  maxScore: 2,
  startedAt: '2026-11-26T13:00:00Z',
  submittedAt: null,
  items: [item()],
  ...extra,
});

afterEach(() => vi.unstubAllGlobals());

describe('SelfTestPage', () => {
  it('autosaves an answer, submits after the confirmation and shows the result', async () => {
    let submitted = false;
    const { calls } = mockGraphql({
      SelfTestPage: () => ({ paper, attemptHistory: [] }),
      Attempt: () => ({
        attempt: submitted
          ? attempt('GRADED', {
              score: 2,
              items: [
                item({
                  response: 'B',
                  result: {
                    points: 2,
                    maxPoints: 2,
                    correct: true,
                    needsGrading: false,
                    answerKey: { answer: 'B' },
                    referenceAnswer: '',
                    explanation: '<p>G71 是粗车循环</p>',
                  },
                }),
              ],
            })
          : attempt('IN_PROGRESS'),
      }),
      AnswerSave: () => ({ answerSave: { ok: true, errors: [], savedAt: '2026-11-26T13:01:00Z' } }),
      AttemptSubmit: () => {
        submitted = true;
        return { attemptSubmit: { ok: true, errors: [], bestScore: 2, attempt: { id: '5', state: 'GRADED', score: 2 } } };
      },
    });
    renderWithProviders(<SelfTestPage paperId="3" userId="7" />, '/?attempt=5');

    fireEvent.click(await screen.findByRole('radio', { name: /G71/ }));
    await waitFor(() => expect(calls.find((c) => c.operation === 'AnswerSave')?.variables).toEqual({ attemptId: '5', questionId: '11', response: 'B' }));
    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    expect(screen.getByTestId('self-test-progress')).toHaveTextContent('已答 1 / 1 题');

    fireEvent.click(screen.getAllByTestId('self-test-submit')[0]);
    fireEvent.click(await screen.findByTestId('self-test-submit-ok'));
    const score = await screen.findByTestId('self-test-score');
    expect(score).toHaveTextContent('第 1 次：2 / 2 分');
    const result = screen.getByTestId('qv-result');
    expect(within(result).getByTestId('qv-explanation')).toHaveTextContent('G71 是粗车循环');
    expect(calls.filter((c) => c.operation === 'AttemptSubmit')).toHaveLength(1);
  });
});
