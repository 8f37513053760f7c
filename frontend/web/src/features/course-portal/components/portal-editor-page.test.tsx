import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CoursePortalInput, PortalStatus } from '@zyk/shared';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import type { PortalDraftData } from '../api/course-portal';
import { portalData, portalDraft } from '../testing/portal-fixtures';
import { PortalEditorPage } from './portal-editor-page';

// Tiptap is exercised by the browser tests; here a plain text box stands in for it (jsdom has no layout).
vi.mock('./intro-editor', () => ({
  IntroEditor: ({ value, onChange, disabled }: { value?: string; onChange?: (html: string) => void; disabled?: boolean }) => (
    <textarea data-testid="intro-editor" value={value} disabled={disabled} onChange={(event) => onChange?.(event.target.value)} />
  ),
}));

function serve(draft: PortalDraftData | null, save: (variables: Record<string, unknown>) => unknown = () => ({ coursePortalSave: ok({ draft }) })) {
  return mockGraphql({
    Me: () => ({ me: fakeMe() }),
    CoursePortal: () => ({ course: { id: '8', portal: portalData('CLASSIC') } }),
    CoursePortalTeamDraft: () => ({
      course: { id: '8', name: '数控加工工艺与编程', major: { id: '3', code: '460103', name: '数控技术' }, portalDraft: draft },
    }),
    CoursePortalSave: save,
  });
}

const saved = (calls: { operation: string; variables: Record<string, unknown> }[]) => calls.filter((call) => call.operation === 'CoursePortalSave');

async function openEditor(status: PortalStatus = 'PUBLISHED', overrides: Partial<PortalDraftData> = {}) {
  const mock = serve(portalDraft(status, overrides));
  renderWithProviders(<PortalEditorPage courseId="8" />);
  await screen.findByTestId('portal-editor');
  return mock;
}

const weightInputs = () => screen.getAllByTestId('assessment-row').map((row) => within(row).getByRole('spinbutton'));

describe('the course portal editor', { timeout: 120_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the review status and the reviewer comment when changes were requested', async () => {
    await openEditor('CHANGES_REQUESTED', { comment: '请补充素质目标的具体要求。' });
    const status = screen.getByTestId('portal-status');
    expect(status).toHaveAttribute('data-status', 'CHANGES_REQUESTED');
    expect(status).toHaveTextContent('需修改');
    expect(status).toHaveTextContent('审核人退回了这次修改');
    expect(screen.getByTestId('portal-review-comment')).toHaveTextContent('审核意见请补充素质目标的具体要求。');
    expect(screen.getByTestId('portal-save')).toBeDisabled(); // nothing changed yet
    expect(screen.getByTestId('portal-submit')).toBeEnabled(); // the draft can go back to review as it is
  });

  it('is read-only with an explanation while the change is in review', async () => {
    await openEditor('IN_REVIEW');
    expect(screen.getByTestId('portal-status')).toHaveTextContent('审核结束前表单只读');
    expect(screen.getByTestId('portal-dirty')).toHaveTextContent('审核中，暂不能修改');
    expect(screen.getByRole('radio', { name: /视觉/ })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('tab', { name: '简介' }));
    expect(await screen.findByTestId('summary-input')).toBeDisabled();
    expect(screen.getByTestId('portal-save')).toBeDisabled();
    expect(screen.getByTestId('portal-submit')).toBeDisabled();
    expect(screen.getByTestId('portal-preview')).toBeEnabled();
  });

  it('sums the weights live and saves only when they make 100 %, keeping ids and grouping goals', async () => {
    const { calls } = await openEditor('PUBLISHED');
    fireEvent.click(screen.getByRole('tab', { name: '课程标准' }));
    const sum = screen.getByTestId('weight-sum');
    expect(sum).toHaveAttribute('data-ok', 'true');
    expect(sum).toHaveTextContent('权重合计 100%');

    fill(weightInputs()[0], '30');
    await waitFor(() => expect(sum).toHaveTextContent('权重合计 90%，应为 100%'));
    expect(sum).toHaveAttribute('data-ok', 'false');
    expect(screen.getByTestId('portal-dirty')).toHaveTextContent('有未保存的修改');
    fireEvent.click(screen.getByTestId('portal-save'));
    expect(await screen.findByText('有内容需要修改，已打开对应的页签。')).toBeInTheDocument();
    expect(saved(calls)).toHaveLength(0);

    fill(weightInputs()[1], '70');
    await waitFor(() => expect(sum).toHaveTextContent('权重合计 100%'));
    fireEvent.click(screen.getByTestId('portal-save'));
    await waitFor(() => expect(saved(calls)).toHaveLength(1));
    const input = saved(calls)[0].variables.input as CoursePortalInput;
    expect(saved(calls)[0].variables.submit).toBe(false);
    expect(input.assessment.map((a) => a.weight)).toEqual([30, 70]);
    expect(input.goals.map((g) => g.kind)).toEqual(['KNOWLEDGE', 'KNOWLEDGE', 'SKILL', 'QUALITY']);
    expect(input.modules.map((m) => m.id)).toEqual(['41', '42']);
    expect(input.teachers.map((t) => [t.id, t.name])).toEqual([
      ['21', '李晓燕'],
      ['20', '张海涛'],
    ]);
    expect(await screen.findByText('草稿已保存')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('portal-dirty')).toHaveTextContent('所有修改均已保存'));
  });

  it('switches the template and shows a server refusal above the form without losing what was typed', async () => {
    const { calls } = serve(portalDraft('DRAFT'), () => ({ coursePortalSave: refused('INVALID_INPUT', '发现敏感词：某某。') }));
    renderWithProviders(<PortalEditorPage courseId="8" />);
    await screen.findByTestId('portal-editor');
    expect(screen.getByRole('radio', { name: /经典/ })).toHaveTextContent('当前使用');
    fireEvent.click(screen.getByRole('radio', { name: /视觉/ }));
    expect(screen.getByRole('radio', { name: /视觉/ })).toHaveAttribute('aria-checked', 'true');
    fireEvent.click(screen.getByRole('tab', { name: '简介' }));
    fill(screen.getByTestId('summary-input'), '含有某某的新简介');
    fireEvent.click(screen.getByTestId('portal-save'));

    const alert = await screen.findByTestId('form-alert');
    expect(within(alert).getByTestId('form-alert-message')).toHaveTextContent('发现敏感词：某某。');
    const input = saved(calls)[0].variables.input as CoursePortalInput;
    expect(input.template).toBe('VISUAL');
    expect(input.summary).toBe('含有某某的新简介');
    expect(screen.getByTestId('summary-input')).toHaveValue('含有某某的新简介');
    expect(screen.getByRole('radio', { name: /视觉/, hidden: true })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('portal-dirty')).toHaveTextContent('有未保存的修改');
  });

  it('tells people outside the course team that they cannot edit', async () => {
    serve(null);
    renderWithProviders(<PortalEditorPage courseId="8" />);
    expect(await screen.findByTestId('portal-editor-denied')).toHaveTextContent('只有课程团队可以编辑课程门户');
  });
});
