// 题库 and the item editor against the real e2e server (issue 7: C4, M5). The demo teacher leads
// 数控加工工艺与编程: from the course page they open the bank, write a single choice item whose stem holds a
// formula (LaTeX source in the formula editor), see the server refuse it without a correct option next to the
// answer, mark one, see KaTeX in the preview and in the bank list, edit it, move it to the recycle bin and
// restore it; then a case analysis with two sub-questions. Every item carries a run-unique tag in its stem.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const LATEX = 'v_c=\\frac{\\pi d n}{1000}';

/** The rich-text editor whose content area has `testId`, with its toolbar. */
const richEditor = (scope: Locator, testId: string) => scope.locator('.zyk-qb-rich').filter({ has: scope.page().getByTestId(testId) });

async function typeInto(scope: Page | Locator, testId: string, text: string) {
  const area = scope.getByTestId(testId);
  await area.click();
  await area.pressSequentially(text);
}

/** Opens an antd Select and picks `label` in its own dropdown (the newest open one: a dropdown closed just
 * before may still be fading out). */
async function pickOption(page: Page, select: Locator, label: string) {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(select).toContainText(label);
}

test('the course lead writes a single choice item with a formula, edits it, deletes and restores it', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const tag = `e2e${unique()}`;
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);

  // The course page offers 题库 to the team, next to 组课.
  await page.goto(`/courses/${id}`);
  await page.getByTestId('course-question-bank-link').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions$`));
  await expect(page.getByTestId('question-bank')).toBeVisible();
  for (const link of ['bank-import', 'bank-papers', 'bank-coverage']) await expect(page.getByTestId(link)).toBeVisible();
  await page.getByTestId('bank-new').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/new$`));

  // The stem, with a formula typed as LaTeX source in the formula editor (MathLive beside it).
  const editor = page.getByTestId('question-editor');
  await typeInto(editor, 'main-stem', `${tag} 切削速度的计算公式是 `);
  await richEditor(editor, 'main-stem').getByTestId('rich-formula').click();
  const dialog = page.getByTestId('formula-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('formula-visual')).toBeVisible();
  await page.getByTestId('formula-source').fill(LATEX);
  await expect(page.getByTestId('formula-preview').locator('.katex')).toBeVisible();
  await page.getByTestId('formula-ok').click();
  await expect(dialog).toBeHidden();
  const stemFormula = editor.getByTestId('main-stem').getByTestId('editor-formula');
  await expect(stemFormula).toHaveAttribute('data-formula', LATEX);
  await expect(stemFormula.locator('.katex')).toBeVisible();
  await typeInto(editor, 'main-stem', '，其中 d 表示？');

  for (const [key, text] of [
    ['A', '工件直径'],
    ['B', '刀具长度'],
    ['C', '主轴转速'],
    ['D', '进给量'],
  ]) {
    await typeInto(editor, `main-option-text-${key}`, text);
  }

  // The live preview shows the learner's view with KaTeX.
  const preview = page.getByTestId('question-preview');
  await expect(preview.getByTestId('question-view')).toContainText(tag);
  await expect(preview.getByTestId('question-view').locator('.katex').first()).toBeVisible();
  await expect(preview.getByTestId('question-view')).toContainText('工件直径');

  // No correct option: the server refuses, and says so next to the answer.
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-error')).toBeVisible();
  const keyItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('main-key') }).first();
  await expect(keyItem.locator('.ant-form-item-explain-error')).toContainText('答案：');
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/new$`));
  if (!isMobile) await page.screenshot({ path: info.outputPath('question-editor-refused-1280.png'), fullPage: true });

  // Mark A and save: a draft with its own address.
  await editor.getByRole('radio', { name: '选项 A 正确' }).check();
  await expect(preview.getByTestId('preview-key')).toContainText('A');
  await page.getByTestId('editor-save').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/\\d+$`));
  await expect(page.getByTestId('question-status')).toHaveText('草稿');
  await expect(page.getByTestId('editor-error')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath(`question-editor-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // In the bank, found by its tag, its stem rendered with KaTeX.
  await page.goto(`/courses/${id}/questions?q=${tag}`);
  const row = page.getByTestId('bank-item').filter({ hasText: tag });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('bank-item-stem').locator('.katex')).toBeVisible();
  await expect(row.getByTestId('question-status')).toHaveText('草稿');
  await page.screenshot({ path: info.outputPath(`question-bank-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // Edit: another stem ending and option B; the bank shows the new draft.
  await row.getByTestId('bank-edit').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/\\d+$`));
  await expect(editor.getByTestId('main-stem').getByTestId('editor-formula')).toHaveAttribute('data-formula', LATEX);
  await typeInto(editor, 'main-stem', '（单位 mm）');
  await page.getByTestId('editor-save').click();
  await expect(page.locator('.ant-message')).toContainText('已保存为草稿');
  await page.goto(`/courses/${id}/questions?q=${tag}`);
  await expect(row).toContainText('（单位 mm）');

  // Delete to the recycle bin, find it there, restore it.
  await row.getByTestId('bank-delete').click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
  await expect(row).toHaveCount(0);
  await page.goto(`/courses/${id}/questions?q=${tag}&status=DELETED`);
  await expect(row.getByTestId('question-status')).toHaveText('回收站');
  await row.getByTestId('bank-restore').click();
  await expect(row).toHaveCount(0);
  await page.goto(`/courses/${id}/questions?q=${tag}`);
  await expect(row.getByTestId('question-status')).toHaveText('草稿');
});

test('a case analysis with two sub-questions of different types', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const tag = `e2e${unique()}`;
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  await page.goto(`/courses/${id}/questions/new`);
  const editor = page.getByTestId('question-editor');
  await pickOption(page, editor.getByTestId('main-type'), '案例分析题');
  await typeInto(editor, 'main-stem', `${tag} 某企业加工一批阶梯轴，材料 45 钢，批量 500 件。`);

  // Part 1: single choice with two options (C and D removed), A correct.
  const first = editor.getByTestId('sub-0-fields');
  await typeInto(first, 'sub-0-stem', '粗车外圆应选用哪条指令？');
  await first.getByRole('button', { name: '删除选项 D' }).click();
  await first.getByRole('button', { name: '删除选项 C' }).click();
  await typeInto(first, 'sub-0-option-text-A', 'G71');
  await typeInto(first, 'sub-0-option-text-B', 'G70');
  await first.getByRole('radio', { name: '选项 A 正确' }).check();

  // Part 2: a short answer with its reference answer.
  await editor.getByTestId('main-add-sub').click();
  const second = editor.getByTestId('sub-1-fields');
  await pickOption(page, second.getByTestId('sub-1-type'), '简答题');
  await typeInto(second, 'sub-1-stem', '写出该零件的加工工艺路线。');
  await typeInto(second, 'sub-1-reference', '下料→粗车→精车→检验');

  const preview = page.getByTestId('question-preview');
  await expect(preview.locator('.zyk-qv__parts > li')).toHaveCount(2);
  await page.getByTestId('editor-save').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/\\d+$`));
  await expect(page.getByTestId('question-status')).toHaveText('草稿');
  // Reloaded from the server: both parts in order.
  await page.reload();
  await expect(editor.getByTestId('sub-1-fields')).toBeVisible();
  await expect(editor.getByTestId('sub-0-fields').getByTestId('sub-0-stem')).toContainText('粗车外圆');
  await expect(editor.getByTestId('sub-1-fields').getByTestId('sub-1-reference')).toContainText('精车');
  await page.screenshot({ path: info.outputPath(`question-case-${isMobile ? 390 : 1280}.png`), fullPage: true });

  await page.goto(`/courses/${id}/questions?q=${tag}`);
  const row = page.getByTestId('bank-item').filter({ hasText: tag });
  await expect(row).toContainText('案例分析题');
  await expect(row).toContainText('2 个小题');
});

test('every answer-key form saves an item the server accepts', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the forms are the same on a phone; one run is enough');
  test.setTimeout(240_000);
  const tag = `e2e${unique()}`;
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  const editor = page.getByTestId('question-editor');

  async function start(type: string, stem: string) {
    await page.goto(`/courses/${id}/questions/new`);
    await pickOption(page, editor.getByTestId('main-type'), type);
    await typeInto(editor, 'main-stem', `${tag} ${stem}`);
  }
  async function save() {
    await page.getByTestId('editor-save').click();
    await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/\\d+$`));
    await expect(page.getByTestId('editor-error')).toHaveCount(0);
  }

  await start('多选题', '下列属于切削用量三要素的是？');
  for (const [key, text] of [['A', '切削速度'], ['B', '刀具材料'], ['C', '进给量'], ['D', '背吃刀量']]) await typeInto(editor, `main-option-text-${key}`, text);
  for (const key of ['A', 'C', 'D']) await editor.getByRole('checkbox', { name: `选项 ${key} 正确` }).check();
  await pickOption(page, editor.getByTestId('main-partial'), '按答对比例得分');
  await save();

  await start('判断题', 'G00 是快速定位指令。');
  await editor.getByTestId('main-true-false').getByRole('radio', { name: '正确' }).check();
  await save();

  await start('填空题', 'G71 是 ____ 循环，G70 是 ____ 循环。');
  for (const [i, answers] of [[0, ['外圆粗车', '粗车']], [1, ['精车']]] as const) {
    if (i > 0) await editor.getByRole('button', { name: '添加空' }).click();
    const input = editor.getByTestId(`main-blank-answers-${i}`).locator('input');
    for (const answer of answers) {
      await input.fill(answer);
      await input.press('Enter');
    }
  }
  await expect(page.getByTestId('question-preview').locator('input')).toHaveCount(2);
  await save();

  await start('匹配题', '把指令和功能配对。');
  for (const [key, text] of [['L1', 'G00'], ['L2', 'G01'], ['L3', 'G02']]) await typeInto(editor, `main-left-${key}`, text);
  for (const [key, text] of [['A', '直线插补'], ['B', '顺圆插补'], ['C', '快速定位']]) await typeInto(editor, `main-right-${key}`, text);
  for (const [left, right] of [['L1', 'C'], ['L2', 'A'], ['L3', 'B']]) await pickOption(page, editor.getByTestId(`main-pair-${left}`), right);
  await save();

  await start('排序题', '排出零件加工的顺序。');
  for (const [key, text] of [['A', '精车'], ['B', '下料'], ['C', '粗车']]) await typeInto(editor, `main-item-${key}`, text);
  await editor.getByRole('button', { name: '上移 B' }).click();
  await editor.getByRole('button', { name: '下移 A' }).click();
  await expect(page.getByTestId('preview-key')).toContainText('B → C → A');
  await save();

  await start('实操题', '在数控车床上完成阶梯轴的加工。');
  await typeInto(editor, 'main-instructions', '按图纸加工，并拍照提交成品。');
  await editor.getByTestId('main-key').getByRole('checkbox', { name: '照片' }).check();
  await editor.getByRole('textbox', { name: '第 1 条评分项' }).fill('尺寸精度');
  await save();

  await start('论述题', '论述数控加工工艺的制定原则。');
  await typeInto(editor, 'main-reference', '先粗后精，先主后次。');
  await save();

  await page.goto(`/courses/${id}/questions?q=${tag}`);
  await expect(page.getByTestId('bank-item')).toHaveCount(7);
});
