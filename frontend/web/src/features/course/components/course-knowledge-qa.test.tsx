import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { graphqlError, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { CourseKnowledgeQa } from './course-knowledge-qa';

const emptyFaq = () => ({ course: { id: '3', faq: { total: 0, entries: [] } } });

const answered = {
  answered: true,
  confidence: 0.82,
  entry: { id: '41', question: 'G71 循环的精加工余量怎么设置？', answer: '用 U、W 指定 X、Z 方向的精加工余量，一般 X 向 0.3–0.5 mm。' },
  points: [{ id: '14', name: 'G71 循环', kind: 'KNOWLEDGE' }],
  prerequisites: [{ id: '11', name: '工件坐标系设定', kind: 'KNOWLEDGE' }],
  resources: [
    { pointId: '14', resource: { id: '501', title: 'G71 循环微课', type: 'VIDEO' } },
    { pointId: '11', resource: { id: '502', title: '坐标系设定讲义', type: 'DOCUMENT' } },
  ],
  sources: [
    { kind: 'FAQ_ENTRY', id: '41', title: 'G71 循环的精加工余量怎么设置？', reason: '最接近你的问题' },
    { kind: 'RESOURCE', id: '501', title: 'G71 循环微课', reason: '讲解「G71 循环」' },
  ],
  suggestion: '',
  canPost: true,
};

const declined = (canPost: boolean) => ({
  answered: false,
  confidence: 0.1,
  entry: null,
  points: [],
  prerequisites: [],
  resources: [],
  sources: [],
  suggestion: '常见问题中没有相近的问题，可以换个说法，或发到课程问答区由课程团队回答。',
  canPost,
});

async function ask(question: string) {
  await userEvent.type(screen.getByTestId('qa-input'), question);
  await userEvent.click(screen.getByTestId('qa-ask'));
}

describe('the knowledge Q&A of a course', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the cited answer: matched question, answer, points, 先学, resource links and sources', async () => {
    const { calls } = mockGraphql({ CourseFaq: emptyFaq, CourseAnswer: () => ({ courseAnswer: answered }) });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    expect(screen.getByTestId('qa-ask')).toBeDisabled();

    await ask('  G71 精加工余量  ');
    const box = await screen.findByTestId('qa-answer');
    expect(calls.find((c) => c.operation === 'CourseAnswer')?.variables).toEqual({ courseId: '3', question: 'G71 精加工余量' });
    expect(within(box).getByTestId('qa-matched-question')).toHaveTextContent('G71 循环的精加工余量怎么设置？');
    expect(within(box).getByTestId('qa-answer-text')).toHaveTextContent('用 U、W 指定');
    expect(within(box).getByTestId('qa-points')).toHaveTextContent('涉及知识点G71 循环');
    expect(within(box).getByTestId('qa-prerequisites')).toHaveTextContent('先学工件坐标系设定');
    const links = within(box).getAllByTestId('qa-resource-link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/resources/501', '/resources/502']);
    expect(links[0]).toHaveTextContent('G71 循环微课对应「G71 循环」视频');
    expect(links[1]).toHaveTextContent('对应「工件坐标系设定」文档');
    const sources = within(box).getByTestId('qa-sources');
    expect(sources).toHaveTextContent('来源');
    expect(within(sources).getAllByRole('listitem')[1]).toHaveTextContent('资源 G71 循环微课 — 讲解「G71 循环」');
    expect(screen.queryByTestId('qa-post')).not.toBeInTheDocument();
  });

  it('declines with the suggestion and posts the question to the course Q&A', async () => {
    const { calls } = mockGraphql({
      CourseFaq: emptyFaq,
      CourseAnswer: () => ({ courseAnswer: declined(true) }),
      CourseQuestionPost: ({ text }) => ({
        courseQuestionPost: { ...ok(), question: { id: '9', text, status: 'OPEN', createdAt: '2026-11-26T08:00:00+00:00' } },
      }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);

    await ask('五轴机床怎么对刀？');
    const box = await screen.findByTestId('qa-declined');
    expect(box).toHaveTextContent('暂未找到可靠的答案');
    expect(box).toHaveTextContent('常见问题中没有相近的问题');
    expect(screen.queryByTestId('qa-login')).not.toBeInTheDocument();
    await userEvent.click(within(box).getByTestId('qa-post'));
    expect(await screen.findByTestId('qa-posted')).toHaveTextContent('问题已发到课程问答区');
    expect(calls.find((c) => c.operation === 'CourseQuestionPost')?.variables).toEqual({ courseId: '3', text: '五轴机床怎么对刀？' });
    expect(screen.queryByTestId('qa-post')).not.toBeInTheDocument();
  });

  it('shows a post refused for its words (C12) at the question box until the question is edited', async () => {
    const message = '提问中有不能发布的词：刷单返利。请修改后再发。';
    const { calls } = mockGraphql({
      CourseFaq: emptyFaq,
      CourseAnswer: () => ({ courseAnswer: declined(true) }),
      CourseQuestionPost: () => ({ courseQuestionPost: { ...refused('INVALID_INPUT', message, 'text'), question: null } }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const input = screen.getByTestId('qa-input');

    await ask('尾座找正要刷单返利吗？');
    await userEvent.click(within(await screen.findByTestId('qa-declined')).getByTestId('qa-post'));
    // the refusal is the question box's error, not a separate alert, and nothing reads as posted
    expect(await screen.findByTestId('qa-refused')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByTestId('qa-refused').id);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('尾座找正要刷单返利吗？');
    expect(screen.queryByTestId('qa-post-error')).not.toBeInTheDocument();
    expect(screen.queryByTestId('qa-posted')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.operation === 'CourseQuestionPost')).toHaveLength(1);
    // editing the question clears it
    await userEvent.type(input, '？');
    expect(screen.queryByTestId('qa-refused')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows other post refusals next to the post button', async () => {
    mockGraphql({
      CourseFaq: emptyFaq,
      CourseAnswer: () => ({ courseAnswer: declined(true) }),
      CourseQuestionPost: () => ({ courseQuestionPost: { ...refused('NOT_FOUND', '未找到该课程。', 'courseId'), question: null } }),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    await ask('五轴机床怎么对刀？');
    await userEvent.click(within(await screen.findByTestId('qa-declined')).getByTestId('qa-post'));
    expect(await screen.findByTestId('qa-post-error')).toHaveTextContent('未找到该课程。');
    expect(screen.queryByTestId('qa-refused')).not.toBeInTheDocument();
  });

  it('offers an anonymous viewer a login link instead of posting', async () => {
    const { calls } = mockGraphql({ CourseFaq: emptyFaq, CourseAnswer: () => ({ courseAnswer: declined(false) }) });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />, '/');

    await ask('五轴机床怎么对刀？');
    const box = await screen.findByTestId('qa-declined');
    expect(box).toHaveTextContent('常见问题中没有相近的问题');
    expect(within(box).queryByTestId('qa-post')).not.toBeInTheDocument();
    const login = within(within(box).getByTestId('qa-login')).getByRole('link', { name: '登录后可将问题发到课程问答区' });
    expect(login.getAttribute('href')).toMatch(/^\/login\?next=/);
    expect(calls.some((c) => c.operation === 'CourseQuestionPost')).toBe(false);
  });

  it('stops a question over 300 characters and shows the server refusal', async () => {
    const { calls } = mockGraphql({
      CourseFaq: emptyFaq,
      CourseAnswer: () => graphqlError('LIMIT_EXCEEDED', '问题请控制在 300 字以内（当前 301 字）。'),
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);
    const input = screen.getByTestId('qa-input');

    fireEvent.change(input, { target: { value: '刀'.repeat(301) } });
    expect(screen.getByTestId('qa-too-long')).toHaveTextContent('问题最多 300 个字，当前 301 个字');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('qa-ask')).toBeDisabled();
    expect(screen.getByText('301 / 300')).toBeInTheDocument();

    // Within the cap the question is sent; the server's own refusal is shown as it says it.
    fireEvent.change(input, { target: { value: '刀'.repeat(300) } });
    expect(screen.queryByTestId('qa-too-long')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('qa-ask'));
    expect(await screen.findByTestId('qa-error')).toHaveTextContent('问题请控制在 300 字以内');
    expect(calls.filter((c) => c.operation === 'CourseAnswer')).toHaveLength(1);
  });

  it('lists the first 10 FAQ entries, opens an answer, and loads more', async () => {
    const entry = (n: number) => ({ id: String(n), question: `常见问题 ${n}？`, answer: `第 ${n} 条的回答。`, points: n === 1 ? [{ id: '14', name: 'G71 循环' }] : [] });
    const { calls } = mockGraphql({
      CourseFaq: ({ limit, offset }) => {
        const start = Number(offset);
        const entries = Array.from({ length: Math.max(0, Math.min(Number(limit), 12 - start)) }, (_, i) => entry(start + i + 1));
        return { course: { id: '3', faq: { total: 12, entries } } };
      },
    });
    renderWithProviders(<CourseKnowledgeQa courseId="3" />);

    const faq = await screen.findByTestId('course-faq');
    await within(faq).findByText('常见问题 1？');
    expect(within(faq).getByText('常见问题（12）')).toBeInTheDocument();
    expect(within(faq).getAllByTestId('faq-question')).toHaveLength(10);
    expect(within(faq).queryByText('第 1 条的回答。')).not.toBeInTheDocument();

    await userEvent.click(within(faq).getByText('常见问题 1？'));
    const answer = await within(faq).findByTestId('faq-answer');
    expect(answer).toHaveTextContent('第 1 条的回答。');
    expect(answer).toHaveTextContent('G71 循环');

    await userEvent.click(within(faq).getByTestId('faq-more'));
    expect(await within(faq).findByText('常见问题 12？')).toBeInTheDocument();
    expect(within(faq).getAllByTestId('faq-question')).toHaveLength(12);
    expect(within(faq).queryByTestId('faq-more')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.operation === 'CourseFaq').map((c) => c.variables)).toEqual([
      { id: '3', limit: 10, offset: 0 },
      { id: '3', limit: 10, offset: 10 },
    ]);
  });
});
