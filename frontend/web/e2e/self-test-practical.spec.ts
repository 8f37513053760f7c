// Practical tasks in self-tests (issue 7: L5): the demo teacher makes a small fixed paper with the demo practical
// task (矩形凸台, photos and files accepted) and a true/false item; the demo learner starts it, uploads a photo
// (PNG bytes made here), sees a disguised file refused, reloads and finds the photo still listed, submits, and
// sees the practical task 待批阅 with the photo as a download link. Each run (desktop, phone) makes its own paper.
import { expect, test, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, makePng, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const PRACTICAL = '矩形凸台';
const OBJECTIVE = '刀具在工件左侧时使用 G41';

async function addFromBank(page: Page, search: string) {
  const picker = page.getByTestId('paper-bank-picker');
  await picker.getByPlaceholder('搜索题干').fill(search);
  const row = picker.getByTestId('paper-bank-item').filter({ hasText: search }).first();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /加\s*入/ }).click();
  await expect(row.getByRole('button', { name: /已加入/ })).toBeDisabled();
}

const item = (page: Page, text: string) => page.getByTestId('question-view').filter({ hasText: text }).first();

test('a learner hands in a photo for a practical task: upload, resume, submit, 待批阅 with the file', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const title = `铣削实操小测 ${unique()}`;
  const photoName = `凸台-${unique()}.png`;
  const id = await courseId(page, COURSE);

  await loginAs(page, 'teacher');
  await page.goto(`/courses/${id}/papers`);
  await expect(page.getByTestId('paper-editor-page')).toBeVisible();
  await page.getByTestId('paper-new').click();
  await page.getByTestId('paper-title').fill(title);
  await addFromBank(page, PRACTICAL);
  await addFromBank(page, OBJECTIVE);
  await expect(page.getByTestId('paper-item')).toHaveCount(2);
  await page.getByTestId('paper-open').check();
  await page.getByTestId('paper-save').click();
  await expect(page.getByTestId('paper-row').filter({ hasText: title })).toContainText('已开放');

  await loginAs(page, 'learner');
  await page.goto(`/courses/${id}`);
  await page.getByTestId('course-self-test').filter({ hasText: title }).getByRole('link', { name: title }).click();
  await page.getByTestId('self-test-start').click();
  await expect(page.getByTestId('self-test-attempt')).toBeVisible();

  const task = item(page, PRACTICAL);
  // the task takes photos and files (no video), with hints for the pickers
  await expect(task.getByTestId('qv-upload-photo')).toBeVisible();
  await expect(task.getByTestId('qv-upload-file')).toBeVisible();
  await expect(task.getByTestId('qv-upload-video')).toHaveCount(0);
  await expect(task.getByTestId('qv-upload-input-photo')).toHaveAttribute('accept', /image\/png/);
  await expect(task.getByTestId('qv-upload-input-photo')).toHaveAttribute('capture', 'environment');

  // a text file named like a photo is refused with the server's reason
  await task.getByTestId('qv-upload-input-photo').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  await expect(task.getByTestId('qv-upload-error')).toBeVisible();
  await expect(task.getByTestId('qv-file')).toHaveCount(0);

  // a real photo is taken and listed
  await task.getByTestId('qv-upload-input-photo').setInputFiles({ name: photoName, mimeType: 'image/png', buffer: makePng(120, 80) });
  await expect(task.getByTestId('qv-file')).toHaveCount(1);
  await expect(task.getByTestId('qv-file-link')).toHaveText(photoName);
  await task.getByTestId('qv-text').fill('程序已在仿真软件中校验，截图见附件。');
  await item(page, OBJECTIVE).getByTestId('qv-true').check();
  await expect(page.getByTestId('self-test-save-state')).toContainText('已保存');
  await expect(page.getByTestId('self-test-progress')).toHaveText('已答 2 / 2 题');
  await page.screenshot({ path: info.outputPath(`self-test-practical-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // reloading resumes the attempt with the photo and the text kept
  await page.reload();
  await expect(page.getByTestId('self-test-attempt')).toBeVisible();
  await expect(item(page, PRACTICAL).getByTestId('qv-file-link')).toHaveText(photoName);
  await expect(item(page, PRACTICAL).getByTestId('qv-text')).toHaveValue('程序已在仿真软件中校验，截图见附件。');

  await page.getByTestId('self-test-submit').first().click();
  await page.getByTestId('self-test-submit-ok').click();
  await expect(page.getByTestId('self-test-results')).toBeVisible();
  const done = item(page, PRACTICAL);
  await expect(done.getByTestId('qv-result')).toContainText('待批阅');
  await expect(done.getByTestId('qv-upload-photo')).toHaveCount(0);
  await expect(done.getByTestId('qv-file-remove')).toHaveCount(0);
  const link = done.getByTestId('qv-file-link');
  await expect(link).toHaveText(photoName);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/questions\/attempts\/\d+\/items\/\d+\/files\/[0-9a-f]{32}$/);
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');
  await page.screenshot({ path: info.outputPath(`self-test-practical-results-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // the course team gets it too (outsiders get 404: cms/questions/tests/test_attempt_files.py)
  await loginAs(page, 'teacher');
  expect((await page.request.get(href!)).status()).toBe(200);
});
