// Images and attachments in the item editor against the real e2e server (issue 7: C4, M5). The demo teacher
// writes a practical task of 数控加工工艺与编程: a PNG uploaded with the stem's picture tool shows in the editor
// and in the learner preview, a page disguised as a PNG is refused with the server's reason, and a PDF drawing
// is attached to the task, kept when the item is saved and downloaded as an attachment.
import { expect, test } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, makePdf, makePng, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';

test('a teacher puts an image into a stem and attaches a drawing to a practical task', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  const tag = `e2e${unique()}`;
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  await page.goto(`/courses/${id}/questions/new`);
  const editor = page.getByTestId('question-editor');

  // A practical task, chosen first (the stem stays when the type changes).
  const type = editor.getByTestId('main-type');
  await type.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option[title="实操题"]').click();
  await expect(type).toContainText('实操题');
  const stem = editor.getByTestId('main-stem');
  await stem.click();
  await stem.pressSequentially(`${tag} 按下图加工阶梯轴：`);

  // The picture tool uploads the PNG and inserts it; the learner preview shows it loaded from the server.
  await expect(editor.locator('.zyk-qb-rich').filter({ has: page.getByTestId('main-stem') }).getByTestId('rich-image')).toBeVisible();
  await editor.getByTestId('main-stem-image-file').setInputFiles({ name: '阶梯轴.png', mimeType: 'image/png', buffer: makePng(120, 80) });
  const inEditor = stem.locator('img[src]');
  await expect(inEditor).toHaveAttribute('src', /^\/questions\/images\/[0-9a-f]{64}\.png$/);
  const previewImage = page.getByTestId('question-preview').getByTestId('question-view').locator('img');
  await expect(previewImage).toHaveAttribute('src', /^\/questions\/images\/[0-9a-f]{64}\.png$/);
  await expect.poll(() => previewImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);

  // A web page named .png is refused with the reason; nothing is inserted.
  await editor.getByTestId('main-stem-image-file').setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(page.locator('.ant-message')).toContainText('不是 PNG、JPEG、GIF 或 WebP 图片');
  await expect(stem.locator('img[src]')).toHaveCount(1);

  // Instructions, a criterion and a PDF drawing as an attachment.
  const instructions = editor.getByTestId('main-instructions');
  await instructions.click();
  await instructions.pressSequentially('按图纸加工，并拍照提交成品。');
  await editor.getByRole('textbox', { name: '第 1 条评分项' }).fill('尺寸精度');
  await editor.getByTestId('main-attachment-file').setInputFiles({ name: '图纸.pdf', mimeType: 'application/pdf', buffer: makePdf(`drawing ${tag}`) });
  const attachment = editor.getByTestId('main-attachment-0');
  await expect(attachment).toContainText('图纸.pdf');
  await expect(attachment.locator('a')).toHaveAttribute('href', /^\/questions\/attachments\/[0-9a-f]{64}\.pdf$/);

  // Saved: the draft keeps the image and the attachment.
  await page.getByTestId('editor-save').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/questions/\\d+$`));
  await expect(page.getByTestId('editor-error')).toHaveCount(0);
  await page.reload();
  await expect(editor.getByTestId('main-stem').locator('img[src]')).toHaveAttribute('src', /^\/questions\/images\//);
  await expect(editor.getByTestId('main-attachment-0')).toContainText('图纸.pdf');
  await page.screenshot({ path: info.outputPath(`question-media-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // The attachment downloads as a file, never shown inline.
  const href = (await editor.getByTestId('main-attachment-0').locator('a').getAttribute('href'))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Removing it empties the list.
  await editor.getByRole('button', { name: '移除附件 图纸.pdf' }).click();
  await expect(editor.getByTestId('main-attachment-0')).toHaveCount(0);
});
