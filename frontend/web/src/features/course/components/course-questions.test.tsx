import { configure, fireEvent, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { CourseKnowledgeQa } from './course-knowledge-qa';

const emptyFaq = () => ({ course: { id: '3', faq: { total: 0, entries: [] } } });

const question = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  text: `车床尾座顶尖偏移后怎样调整？${id}`,
  status: 'OPEN',
  createdAt: '2026-11-26T06:00:00+00:00',
  askedBy: '陈小明',
  answer: '',
  answeredBy: null,
  answeredAt: null,
  faqEntryId: null,
  dismissReason: null,
  dismissNote: '',
  dismissedAt: null,
  ...overrides,
});

const page = (questions: ReturnType<typeof question>[], total = questions.length) => ({ total, questions });

const graph = {
  course: {
    id: '3',
    graph: {
      canEdit: true,
      nodes: [
        { id: '14', studyOrder: 1, step: 1, resourceTotal: 0, resourceCounts: [], point: { id: '14', name: '尾座找正', kind: 'SKILL', description: '' } },
        { id: '15', studyOrder: 2, step: 2, resourceTotal: 0, resourceCounts: [], point: { id: '15', name: '百分表使用', kind: 'KNOWLEDGE', description: '' } },
      ],
      edges: [],
    },
    coverage: null,
  },
};

describe('posted questions on the course page', { timeout: 60_000 }, () => {
  // Form validation, the mutation and the refetches take a few rounds; a busy CI machine needs the time.
  beforeAll(() => configure({ asyncUtilTimeout: 10_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lets the course team answer a question into the FAQ with knowledge points', async () => {
    let open = [question('9'), question('8')];
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseFaq: emptyFaq,
      CourseKnowledgeGraph: () => graph,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: page(open) } }),
      CourseMyQuestions: () => ({ course: { id: '3', myQuestions: page([]) } }),
      CourseQuestionAnswer: ({ questionId, answer }) => {
        open = open.filter((q) => q.id !== questionId);
        return {
          courseQuestionAnswer: {
            ...ok(),
            question: question(String(questionId), { status: 'ANSWERED', answer, answeredBy: '张海涛', faqEntryId: '77' }),
            faqEntry: { id: '77', question: '车床尾座顶尖偏移后怎样调整？9' },
          },
        };
      },
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);

    const inbox = await screen.findByTestId('open-questions');
    expect(within(inbox).getByText('待回答的提问（2）')).toBeInTheDocument();
    const rows = within(inbox).getAllByTestId('open-question');
    expect(rows[0]).toHaveTextContent('车床尾座顶尖偏移后怎样调整？9');
    expect(rows[0]).toHaveTextContent('陈小明');
    // the lists name people: they go by POST
    expect(calls.filter((c) => c.operation.startsWith('Course') && c.operation.endsWith('Questions')).every((c) => c.method === 'POST')).toBe(true);
    expect(screen.queryByTestId('my-questions')).not.toBeInTheDocument();

    fireEvent.click(within(rows[0]).getByTestId('question-answer'));
    const form = within(rows[0]).getByTestId('answer-form');
    // an empty answer is stopped before it is sent
    fireEvent.click(within(form).getByTestId('answer-submit'));
    expect(await within(form).findByText('请填写回答内容。')).toBeInTheDocument();
    fireEvent.change(within(form).getByTestId('answer-input'), { target: { value: '用百分表找正后锁紧尾座。' } });
    expect(within(form).queryByTestId('answer-points')).not.toBeInTheDocument();
    fireEvent.click(within(form).getByTestId('answer-add-to-faq'));
    fireEvent.mouseDown(within(within(form).getByTestId('answer-points')).getByRole('combobox'));
    fireEvent.click((await screen.findAllByTitle('尾座找正（技能点）')).at(-1)!);
    fireEvent.click(within(form).getByTestId('answer-submit'));

    expect(await screen.findByText('已回答并加入常见问题。')).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'CourseQuestionAnswer')?.variables).toEqual({
      questionId: '9',
      answer: '用百分表找正后锁紧尾座。',
      addToFaq: true,
      pointIds: ['14'],
    });
    // the answered question leaves the list; the FAQ is asked again
    await vi.waitFor(() => expect(within(inbox).getAllByTestId('open-question')).toHaveLength(1));
    expect(calls.filter((c) => c.operation === 'CourseFaq').length).toBeGreaterThan(1);
  });

  it("shows the server's refusal on the answer form and keeps the text", async () => {
    mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseFaq: emptyFaq,
      CourseKnowledgeGraph: () => graph,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: page([question('9')]) } }),
      CourseMyQuestions: () => ({ course: { id: '3', myQuestions: page([]) } }),
      CourseQuestionAnswer: () => ({
        courseQuestionAnswer: { ...refused('DUPLICATE', '本课程的常见问题中已有这个问题。', 'addToFaq'), question: null, faqEntry: null },
      }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const row = (await screen.findAllByTestId('open-question'))[0];
    fireEvent.click(within(row).getByTestId('question-answer'));
    fireEvent.change(within(row).getByTestId('answer-input'), { target: { value: '答案' } });
    fireEvent.click(within(row).getByTestId('answer-add-to-faq'));
    fireEvent.click(within(row).getByTestId('answer-submit'));
    expect(await within(row).findByText('本课程的常见问题中已有这个问题。')).toBeInTheDocument();
    expect(within(row).getByTestId('answer-input')).toHaveValue('答案');
  });

  it('shows an answer refused for its words (C12) under the answer', async () => {
    mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseFaq: emptyFaq,
      CourseKnowledgeGraph: () => graph,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: page([question('9')]) } }),
      CourseMyQuestions: () => ({ course: { id: '3', myQuestions: page([]) } }),
      CourseQuestionAnswer: () => ({
        courseQuestionAnswer: { ...refused('INVALID_INPUT', '回答中有不能发布的词：刷单返利。', 'answer'), question: null, faqEntry: null },
      }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const row = (await screen.findAllByTestId('open-question'))[0];
    fireEvent.click(within(row).getByTestId('question-answer'));
    fireEvent.change(within(row).getByTestId('answer-input'), { target: { value: '加群刷单返利' } });
    fireEvent.click(within(row).getByTestId('answer-submit'));
    const error = await within(row).findByText('回答中有不能发布的词：刷单返利。');
    // at the answer field (antd's field error), not in the form's alert
    expect(error.closest('.ant-form-item')).toContainElement(within(row).getByTestId('answer-input'));
    expect(within(row).getByTestId('answer-input')).toHaveValue('加群刷单返利');
  });

  it('dismisses a question with a reason; 其他原因 needs a note', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseFaq: emptyFaq,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: page([question('9')]) } }),
      CourseMyQuestions: () => ({ course: { id: '3', myQuestions: page([]) } }),
      CourseQuestionDismiss: ({ questionId, reason, note }) => ({
        courseQuestionDismiss: { ...ok(), question: question(String(questionId), { status: 'CLOSED', dismissReason: reason, dismissNote: note }) },
      }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const row = (await screen.findAllByTestId('open-question'))[0];
    fireEvent.click(within(row).getByTestId('question-dismiss'));
    const form = within(row).getByTestId('dismiss-form');
    fireEvent.click(within(form).getByLabelText('其他原因'));
    fireEvent.click(within(form).getByTestId('dismiss-submit'));
    expect(await within(form).findByText('选择“其他原因”时请写明原因。')).toBeInTheDocument();
    expect(calls.some((c) => c.operation === 'CourseQuestionDismiss')).toBe(false);

    fireEvent.click(within(form).getByLabelText('与本课程无关'));
    fireEvent.change(within(form).getByTestId('dismiss-note'), { target: { value: '请咨询教务处' } });
    fireEvent.click(within(form).getByTestId('dismiss-submit'));
    expect(await screen.findByText('已标记为不予回答。')).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'CourseQuestionDismiss')?.variables).toEqual({ questionId: '9', reason: 'OFF_TOPIC', note: '请咨询教务处' });
  });

  it('shows a learner their questions with status and answers, and no team list', async () => {
    mockGraphql({
      Me: () => ({ me: fakeMe({ id: '21', displayName: '陈小明' }) }),
      CourseFaq: emptyFaq,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: null } }),
      CourseMyQuestions: () => ({
        course: {
          id: '3',
          myQuestions: page([
            question('12', { status: 'ANSWERED', answer: '用百分表找正后锁紧尾座。', answeredBy: '张海涛', answeredAt: '2026-11-26T07:00:00+00:00', faqEntryId: '77' }),
            question('11', { status: 'CLOSED', dismissReason: 'OFF_TOPIC', dismissNote: '请咨询教务处' }),
            question('10'),
          ]),
        },
      }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const mine = await screen.findByTestId('my-questions');
    expect(within(mine).getByText('我的提问（3）')).toBeInTheDocument();
    const [answered, closed, waiting] = within(mine).getAllByTestId('my-question');
    expect(within(answered).getByTestId('my-question-status')).toHaveTextContent('已回答');
    expect(within(answered).getByTestId('my-question-answer')).toHaveTextContent('课程团队的回答已收入常见问题用百分表找正后锁紧尾座。');
    expect(within(answered).getByTestId('my-question-answer')).toHaveTextContent('张海涛 回答于');
    expect(within(closed).getByTestId('my-question-dismissed')).toHaveTextContent('未予回答：与本课程无关：请咨询教务处');
    expect(within(waiting).getByTestId('my-question-status')).toHaveTextContent('待回答');
    expect(screen.queryByTestId('open-questions')).not.toBeInTheDocument();
  });

  it('asks nothing personal of an anonymous visitor', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), CourseFaq: emptyFaq });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    await screen.findByTestId('course-faq');
    expect(calls.some((c) => c.operation === 'CourseOpenQuestions' || c.operation === 'CourseMyQuestions')).toBe(false);
    expect(screen.queryByTestId('my-questions')).not.toBeInTheDocument();
  });

  it('is in English too', async () => {
    await i18n.changeLanguage('en');
    mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseFaq: emptyFaq,
      CourseOpenQuestions: () => ({ course: { id: '3', openQuestions: page([question('9')]) } }),
      CourseMyQuestions: () => ({ course: { id: '3', myQuestions: page([question('5', { status: 'ANSWERED', answer: 'Lock it.', answeredBy: 'Zhang' })]) } }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    expect(await screen.findByText('Questions waiting for an answer (1)')).toBeInTheDocument();
    expect(await screen.findByText('My questions (1)')).toBeInTheDocument();
    expect(screen.getByText('The course team\'s answer')).toBeInTheDocument();
  });
});
