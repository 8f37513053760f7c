// Question import against the real e2e server (issue 7: C4, M5). The demo teacher leads 数控加工工艺与编程:
// on /courses/:id/questions/import they upload the sample Word file, see every item previewed (picture shown
// inline, formulas by KaTeX, knowledge point found), import it (正在导入… while the worker imports it) and see
// the count with a link to the bank; a file with one bad item shows the error by its location, cannot be
// confirmed, and nothing is imported. The imported items go to the recycle bin at the end so the demo bank
// stays as it was for the next run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { graphql } from './manage-helpers';
import { loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORD_SAMPLE = path.resolve(HERE, '../../../fixtures/questions/word_cnc.docx');

async function bankCount(page: Page, id: string, search: string): Promise<number> {
  const data = await graphql(page, 'query ($id: ID!, $q: String) { questionBank(courseId: $id, search: $q) { totalCount } }', { id, q: search });
  return data.questionBank.totalCount as number;
}

test('a teacher previews the sample Word file, imports it and sees the count', async ({ page }, info) => {
  test.setTimeout(120_000);
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  await page.goto(`/courses/${id}/questions/import`);
  await expect(page.getByRole('heading', { name: '导入与导出试题' })).toBeVisible();
  await expect(page.getByTestId('template-word')).toHaveAttribute('href', '/questions/templates/word');
  const template = await page.request.get('/questions/templates/excel');
  expect(template.ok()).toBeTruthy();
  expect(template.headers()['content-disposition']).toContain("filename*=UTF-8''");

  await page.locator('input[type="file"]').setInputFiles(WORD_SAMPLE);
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(6);
  await expect(page.getByTestId('import-summary')).toContainText('可导入 6 题');
  await expect(page.getByTestId('import-summary')).toContainText('错误 0 处');
  const first = items.first();
  await expect(first).toContainText('第 1 题（第 3 段）');
  await expect(first).toContainText('外圆粗车应使用哪条指令');
  await expect(first.locator('img[src^="data:image/png;base64,"]')).toBeVisible();
  await expect(first.getByText('G71 外圆粗车循环')).toBeVisible();
  await expect(items.nth(1).locator('.katex')).toHaveCount(1);
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath(`question-import-preview-${info.project.name}.png`), fullPage: true });

  // confirming answers at once (IMPORTING); the worker imports while the page shows 正在导入… and polls
  const confirmed = page.waitForResponse((r) => r.url().includes('/graphql/') && (r.request().postData() ?? '').includes('QuestionImportConfirm'));
  const progressShown = page.getByTestId('import-progress').waitFor({ state: 'attached', timeout: 30_000 });
  await page.getByTestId('import-confirm').click();
  type Started = { data: { questionImportConfirm: { ok: boolean; questionImport: { id: string; status: string } } } };
  const answer = (await (await confirmed).json()) as Started;
  expect(answer.data.questionImportConfirm.ok).toBe(true);
  expect(answer.data.questionImportConfirm.questionImport.status).toBe('IMPORTING');
  await progressShown;
  await expect(page.getByTestId('import-done')).toContainText('已导入 6 道题', { timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  const state = await graphql(page, 'query ($id: ID!) { questionImport(id: $id) { status itemCount questionIds } }', {
    id: answer.data.questionImportConfirm.questionImport.id,
  });
  expect(state.questionImport.status).toBe('IMPORTED');
  const questionIds = state.questionImport.questionIds as string[];
  expect(questionIds).toHaveLength(6);
  await expect(page.getByTestId('import-bank-link')).toHaveAttribute('href', `/courses/${id}/questions`);
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await expect(page.getByTestId('import-log-row').first()).toContainText('word_cnc.docx');
  await expect(page.getByTestId('import-log-row').first()).toContainText('已导入');
  await page.screenshot({ path: info.outputPath(`question-import-done-${info.project.name}.png`), fullPage: true });

  // the export of the bank includes them (a Moodle XML file with a UTF-8 name)
  const download = page.waitForEvent('download');
  await page.getByTestId('export-moodle').click();
  expect((await download).suggestedFilename()).toMatch(/^数控加工工艺与编程-.*\.xml$/);
  await expect(page.getByTestId('export-done')).toContainText('已导出');

  // the bank holds them now; put them in the recycle bin so the demo bank is unchanged for other specs
  for (const questionId of questionIds) {
    const removed = await graphql(page, 'mutation ($id: ID!) { questionDelete(id: $id) { ok errors { message } } }', { id: questionId });
    expect(removed.questionDelete.ok).toBe(true);
  }
});

test('a file with one bad item shows the error by location and imports nothing', async ({ page }, info) => {
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  const token = unique();
  const text = [
    `G71 指令（${token}）是？`,
    'A. 外圆粗车循环',
    'B. 螺纹循环',
    'ANSWER: A',
    '',
    `G70 指令（${token}）是？`,
    'A. 精车循环',
    'B. 钻孔循环',
    'ANSWER: A',
    '',
    `选项不存在（${token}）`,
    'A. 甲',
    'B. 乙',
    'ANSWER: E',
    '',
  ].join('\n');
  await page.goto(`/courses/${id}/questions/import`);
  await page.locator('input[type="file"]').setInputFiles({ name: `bad-${token}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });

  const errors = page.getByTestId('import-error');
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText('第 3 题（第 11 行）');
  await expect(errors.first()).toContainText('E');
  await expect(page.getByTestId('import-item')).toHaveCount(2);
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await expect(page.getByText('有错误时不能导入')).toBeVisible();
  await expect(page.getByTestId('import-log-row').first()).toContainText(`bad-${token}.txt`);
  await expect(page.getByTestId('import-log-row').first()).toContainText('有错误');
  await page.screenshot({ path: info.outputPath(`question-import-errors-${info.project.name}.png`), fullPage: true });
  expect(await bankCount(page, id, token)).toBe(0);
});
