// Self-tests against the real e2e server (issue 7: L5). The demo teacher (lead of 数控加工工艺与编程) makes a
// small fixed paper from published demo items on /courses/:id/papers and opens it; the demo learner finds it
// under 自测 on the course page, starts it, answers (autosaved: 已保存), reloads the page and finds the answers
// kept, submits after the confirmation, sees the score with right answers, reference answer and explanations,
// and the attempt in the history. Each run (desktop, phone) makes its own paper with a unique title.
import { expect, test, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';

async function addFromBank(page: Page, search: string) {
  const picker = page.getByTestId('paper-bank-picker');
  await picker.getByPlaceholder('搜索题干').fill(search);
  const row = picker.getByTestId('paper-bank-item').filter({ hasText: search }).first();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /加\s*入/ }).click();
  await expect(row.getByRole('button', { name: /已加入/ })).toBeDisabled();
}

const item = (page: Page, text: string) => page.getByTestId('question-view').filter({ hasText: text }).first();

test('a teacher opens a fixed self-test; a learner takes it with autosave, resume, results and history', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const title = `循环指令小测 ${unique()}`;
  const id = await courseId(page, COURSE);

  // The teacher builds the paper from three published items and opens it.
  await loginAs(page, 'teacher');
  await page.goto(`/courses/${id}/papers`);
  await expect(page.getByTestId('paper-editor-page')).toBeVisible();
  await page.getByTestId('paper-new').click();
  await page.getByTestId('paper-title').fill(title);
  await addFromBank(page, '外圆粗车复合循环');
  await addFromBank(page, '切削用量三要素');
  await addFromBank(page, '对刀的目的');
  await expect(page.getByTestId('paper-item')).toHaveCount(3);
  await expect(page.getByTestId('paper-total')).toHaveText('总分 7');
  await page.getByTestId('paper-open').check();
  await page.screenshot({ path: info.outputPath(`paper-editor-${isMobile ? 390 : 1280}.png`), fullPage: true });
  await page.getByTestId('paper-save').click();
  const row = page.getByTestId('paper-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText('已开放');
  await expect(row).toContainText('3 题 · 满分 7');

  // The learner finds it under 自测 on the course page.
  await loginAs(page, 'learner');
  await page.goto(`/courses/${id}`);
  const listed = page.getByTestId('course-self-test').filter({ hasText: title });
  await expect(listed).toBeVisible();
  await listed.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('self-test-page')).toBeVisible();
  await expect(page.getByTestId('self-test-best')).toHaveText('还没有成绩');
  await page.getByTestId('self-test-start').click();
  await expect(page.getByTestId('self-test-attempt')).toBeVisible();
  await expect(page).toHaveURL(/\?attempt=\d+/);

  // Answer: a choice, two blanks in the stem, a short answer; each is autosaved.
  await item(page, '外圆粗车复合循环').getByRole('radio', { name: /G71/ }).check();
  const blanks = item(page, '切削用量三要素').getByTestId('qv-blank');
  await expect(blanks).toHaveCount(2);
  await blanks.nth(0).fill('进给量');
  await blanks.nth(1).fill('背吃刀量');
  await item(page, '对刀的目的').getByTestId('qv-text').fill('确定工件坐标系原点的位置。');
  await expect(page.getByTestId('self-test-save-state')).toContainText('已保存');
  await expect(page.getByTestId('self-test-progress')).toHaveText('已答 3 / 3 题');
  await page.screenshot({ path: info.outputPath(`self-test-answering-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // Closing the page and coming back resumes the attempt with the answers kept.
  await page.reload();
  await expect(page.getByTestId('self-test-attempt')).toBeVisible();
  await expect(item(page, '外圆粗车复合循环').locator('input[type=radio][value=B]')).toBeChecked();
  await expect(item(page, '切削用量三要素').getByTestId('qv-blank').nth(1)).toHaveValue('背吃刀量');
  await expect(item(page, '对刀的目的').getByTestId('qv-text')).toHaveValue('确定工件坐标系原点的位置。');

  // Submit after the confirmation: objective items scored at once, the short answer waits for grading.
  await page.getByTestId('self-test-submit').first().click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('确定交卷？');
  await page.getByTestId('self-test-submit-ok').click();
  await expect(page.getByTestId('self-test-score')).toContainText('第 1 次：4 / 7 分');
  await expect(page.getByTestId('self-test-score')).toContainText('主观题待批阅');
  const choice = item(page, '外圆粗车复合循环');
  await expect(choice.getByTestId('qv-result')).toContainText('正确');
  await expect(choice.getByTestId('qv-right-answer')).toContainText('B');
  await expect(choice.getByTestId('qv-explanation')).toContainText('G71 是外圆（内孔）粗车复合循环');
  await expect(item(page, '对刀的目的').getByTestId('qv-reference')).toContainText('确定工件坐标系原点');
  await expect(item(page, '切削用量三要素').locator('.katex').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath(`self-test-results-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // The history lists the attempt with its score; the course page shows the attempt count.
  await expect(page.getByTestId('self-test-history-row')).toHaveCount(1);
  await expect(page.getByTestId('self-test-history-row').first()).toContainText('4 / 7 分');
  await page.goto(`/courses/${id}`);
  await expect(page.getByTestId('course-self-test').filter({ hasText: title }).getByTestId('course-self-test-mine')).toContainText('已做 1 次');
  await page.getByTestId('course-self-tests').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`course-self-tests-${isMobile ? 390 : 1280}.png`) });
});
