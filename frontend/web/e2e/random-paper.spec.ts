// A random self-test paper against the real e2e server (issue 7: L5). The demo teacher (lead of 数控加工工艺与编程)
// builds a paper of rules on /courses/:id/papers — by type and difficulty, by type and knowledge point — and adds
// a rule the published demo bank cannot fill: the live check and the save both refuse it with the draw's message
// naming that rule (DrawError: "规则 3（匹配题 × 30）需要 30 道题…"). Lowered to what the bank holds, the paper saves and
// opens; the demo learner starts it and gets the drawn number of items. At the end the teacher deletes the paper;
// as the learner has taken it, the refusal says to close it instead, and the teacher closes it, so learners see
// the demo's self-tests as before. Each run (desktop, phone) makes its own paper with a unique title.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';

/** Opens the antd Select `testId` of a rule row and picks the option titled `label`, typed first into a select
 * with search (its long list is virtual); retried: a drop-down still sliding in or out can swallow a click. */
async function pick(page: Page, rule: Locator, testId: string, label: string, search = false) {
  const select = rule.getByTestId(testId);
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click();
    if (search) await select.locator('input').fill(label);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).first().click({ timeout: 3000 });
    await expect(select).toContainText(label, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}

async function addRule(page: Page, rule: { type: string; difficulty?: string; point?: string; count: number; scoreEach: number }) {
  const rows = page.getByTestId('paper-rule');
  const before = await rows.count();
  await page.getByTestId('paper-rule-add').click();
  await expect(rows).toHaveCount(before + 1);
  const row = rows.nth(before);
  await pick(page, row, 'paper-rule-type', rule.type);
  if (rule.difficulty) await pick(page, row, 'paper-rule-difficulty', rule.difficulty);
  if (rule.point) await pick(page, row, 'paper-rule-point', rule.point, true);
  await row.getByRole('spinbutton', { name: '题数' }).fill(String(rule.count));
  await row.getByRole('spinbutton', { name: '每题分值' }).fill(String(rule.scoreEach));
  return row;
}

test('a teacher builds a random paper by rules, an unfillable rule is refused by name; a learner gets the drawn items', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const title = `随机抽题自测 ${unique()}`;
  const id = await courseId(page, COURSE);
  const width = isMobile ? 390 : 1280;

  // The teacher starts a random paper with two rules the demo bank can fill (2 single choice of 较易, 1 true/false
  // on 刀具半径补偿) and one it cannot (30 matching items; the demo has one).
  await loginAs(page, 'teacher');
  await page.goto(`/courses/${id}/papers`);
  await expect(page.getByTestId('paper-editor-page')).toBeVisible();
  await page.getByTestId('paper-new').click();
  await page.getByTestId('paper-title').fill(title);
  await page.locator('label').filter({ has: page.getByTestId('paper-kind-random') }).click();
  await expect(page.getByTestId('paper-kind-random')).toBeChecked();
  await addRule(page, { type: '单选题', difficulty: '较易', count: 2, scoreEach: 2 });
  await addRule(page, { type: '判断题', point: '刀具半径补偿', count: 1, scoreEach: 1 });
  const short = await addRule(page, { type: '匹配题', count: 30, scoreEach: 2 });
  await page.getByTestId('paper-open').check();
  await expect(page.getByTestId('paper-total')).toHaveText('总分 65');

  // The live check names the rule the bank cannot fill, and so does the refusal of the save.
  const refusal = /规则 3（匹配题 × 30）\s*需要 30 道题，但题库中符合条件的只有 \d+ 道/;
  await expect(page.getByTestId('paper-rules-check')).toContainText(refusal);
  await page.getByTestId('paper-save').click();
  await expect(page.getByTestId('paper-error')).toContainText(refusal);
  await expect(page.getByTestId('paper-editor')).toBeVisible(); // not saved: the editor stays open
  await page.screenshot({ path: info.outputPath(`random-paper-refused-${width}.png`), fullPage: true });

  // Lowered to one matching item, the rules fit; the paper saves with 4 items and 7 points.
  await short.getByRole('spinbutton', { name: '题数' }).fill('1');
  await expect(page.getByTestId('paper-rules-check')).toHaveText('题库中已发布的试题可以满足这些规则。');
  await expect(page.getByTestId('paper-total')).toHaveText('总分 7');
  await page.getByTestId('paper-save').click();
  await expect(page.getByTestId('paper-editor')).toHaveCount(0);
  const row = page.getByTestId('paper-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText('按规则随机抽题');
  await expect(row).toContainText('已开放');
  await expect(row).toContainText('4 题 · 满分 7');

  // Opened again, the editor shows the saved rules.
  await row.getByRole('button', { name: /编\s*辑/ }).click();
  const rules = page.getByTestId('paper-rule');
  await expect(rules).toHaveCount(3);
  await expect(rules.nth(0).getByTestId('paper-rule-difficulty')).toContainText('较易');
  await expect(rules.nth(1).getByTestId('paper-rule-point')).toContainText('刀具半径补偿');
  await expect(rules.nth(2).getByRole('spinbutton', { name: '题数' })).toHaveValue('1');
  await page.screenshot({ path: info.outputPath(`random-paper-editor-${width}.png`), fullPage: true });
  await page.getByRole('button', { name: /取\s*消/ }).click();

  // The learner finds it under 自测, starts it and gets the four drawn items: two single choice, one true/false,
  // one matching.
  await loginAs(page, 'learner');
  await page.goto(`/courses/${id}`);
  const listed = page.getByTestId('course-self-test').filter({ hasText: title });
  await expect(listed).toBeVisible();
  await listed.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('self-test-page')).toBeVisible();
  await page.getByTestId('self-test-start').click();
  await expect(page.getByTestId('self-test-attempt')).toBeVisible();
  const items = page.getByTestId('question-view');
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('self-test-progress')).toHaveText('已答 0 / 4 题');
  await expect(items.filter({ hasText: '单选题' })).toHaveCount(2);
  await expect(items.filter({ hasText: '判断题' })).toHaveCount(1);
  await expect(items.filter({ hasText: '匹配题' })).toHaveCount(1);
  await page.screenshot({ path: info.outputPath(`random-paper-attempt-${width}.png`), fullPage: true });

  // The teacher deletes the paper: taken by a learner, it cannot go (their history stays), so it is closed instead
  // and learners no longer find it.
  await loginAs(page, 'teacher');
  await page.goto(`/courses/${id}/papers`);
  const mine = page.getByTestId('paper-row').filter({ hasText: title });
  await mine.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '已有学习者做过这份自测' })).toBeVisible();
  await mine.getByRole('button', { name: /编\s*辑/ }).click();
  await page.getByTestId('paper-open').uncheck();
  await page.getByTestId('paper-save').click();
  await expect(mine).toContainText('未开放');
  await loginAs(page, 'learner');
  await page.goto(`/courses/${id}`);
  await expect(page.getByTestId('course-self-tests')).toBeVisible();
  await expect(page.getByTestId('course-self-test').filter({ hasText: title })).toHaveCount(0);
});
