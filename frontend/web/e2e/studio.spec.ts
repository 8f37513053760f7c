// The resource studio against the real e2e server (M1, M2, M3): resumable uploads of real files, a
// resource created and submitted, a zip with nested Chinese folders recognised into a batch report and
// committed, the reviewer's decisions, and an upload that resumes after the page was reloaded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { choose, chooseMany, expectUploaded, loginAs, makePdf, makePng, unique } from './studio-helpers';

// The demo course whose lead has no account: its first human level falls to the host's reviewers.
const COURSE = '数控车削加工技术';
const MODULE = '轴类零件加工';
const POINT = '阶梯轴车削';
const TITLE_PREFIX = `460103-${COURSE}-${POINT}-`;

const shots = (info: { config: { rootDir: string } }) => path.resolve(info.config.rootDir, '../../../docs/screenshots');

/** Single upload of one file through the form; returns the created title once it was submitted. */
async function uploadAndSubmit(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/my/resources/upload');
  await expect(page.getByTestId('single-upload-form')).toBeVisible();
  await page.getByTestId('single-picker-files').setInputFiles(file);
  await expectUploaded(page, file.name);

  await choose(page, 'field-course', COURSE);
  await choose(page, 'field-module', MODULE);
  await chooseMany(page, 'field-points', POINT);
  await expect(page.getByTestId('naming-hint')).toContainText('{专业代码}-{课程}-{知识点}-{素材类型}-{序号}');
  await page.getByTestId('suggest-title').click();
  const title = page.getByTestId('field-title');
  await expect(title).toHaveValue(new RegExp(`^${TITLE_PREFIX}`));
  const chosen = await title.inputValue();

  await page.getByTestId('single-save').click();
  const created = page.getByTestId('created-resource');
  await expect(created).toContainText(chosen);
  await expect(created.getByTestId('resource-status')).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('created-submit').click();
  await expect(page.getByText('已保存并提交审核')).toBeVisible();
  return chosen;
}

test.describe.serial('a teacher and a reviewer', () => {
  const titles = { png: '', pdf: '' };

  test('the teacher uploads a PNG and a PDF, creates each and submits it for review', async ({ page }, info) => {
    await loginAs(page, 'teacher');
    await expect(page.getByTestId(info.project.name === 'phone' ? 'user-menu' : 'nav-my-resources')).toBeVisible();

    titles.png = await uploadAndSubmit(page, { name: `车削示意-${unique()}.png`, mimeType: 'image/png', buffer: makePng() });
    titles.pdf = await uploadAndSubmit(page, { name: `工艺卡-${unique()}.pdf`, mimeType: 'application/pdf', buffer: makePdf(`ZYK ${unique()}`) });

    await page.goto('/my/resources');
    for (const title of [titles.png, titles.pdf]) {
      const row = page.locator(`[data-testid="resource-row"][data-title="${title}"]`);
      await expect(row.getByTestId('resource-status')).toHaveAttribute('data-status', 'IN_REVIEW');
    }
    if (info.project.name === 'desktop') {
      await page.screenshot({ path: path.join(shots(info), 'my-resources-zh-1280.png'), fullPage: true });
    }
  });

  test('the teacher uploads a zip with nested Chinese folders; the report recognises course and module; one row is skipped, the rest created and submitted', async ({ page }, info) => {
    await loginAs(page, 'teacher');
    const zip = Buffer.from(
      zipSync({
        [`${COURSE}/项目二 ${MODULE}/${POINT}/图片/阶梯轴-${unique()}.png`]: makePng(),
        [`${COURSE}/项目二 ${MODULE}/${POINT}/文档/阶梯轴工艺-${unique()}.pdf`]: makePdf(`step shaft ${unique()}`),
        [`${COURSE}/项目二 ${MODULE}/${POINT}/图片/跳过-${unique()}.png`]: makePng(),
      }),
    );
    await page.goto('/my/resources/upload?mode=batch');
    await expect(page.getByTestId('batch-upload-form')).toBeVisible();
    const name = `数控车削资源-${unique()}.zip`;
    await page.getByTestId('batch-picker-files').setInputFiles({ name, mimeType: 'application/zip', buffer: zip });
    await expectUploaded(page, name);
    if (info.project.name === 'desktop') {
      await page.screenshot({ path: path.join(shots(info), 'upload-zh-1280.png'), fullPage: true });
    }
    await page.getByTestId('batch-prepare').click();

    await page.waitForURL(/\/my\/resources\/batches\/\d+$/);
    const rows = page.getByTestId('report-row');
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      await expect(row).toHaveAttribute('data-status', 'READY');
      await expect(row.getByTestId('item-course')).toContainText(COURSE);
      await expect(row.getByTestId('item-course').getByTestId('origin')).toHaveAttribute('data-origin', 'folder');
      await expect(row.getByTestId('item-module')).toContainText(MODULE);
      await expect(row.getByTestId('item-points')).toContainText(POINT);
    }
    const skipped = page.locator('[data-testid="report-row"][data-path*="跳过-"]');
    await skipped.getByTestId('row-skip').click();
    await expect(page.getByTestId('commit-submit')).toBeChecked();
    await expect(page.getByTestId('commit')).toContainText('2');
    if (info.project.name === 'desktop') {
      await page.screenshot({ path: path.join(shots(info), 'batch-report-zh-1280.png'), fullPage: true });
    }
    await page.getByTestId('commit').click();

    await expect(page.locator('[data-testid="report-row"][data-status="CREATED"]')).toHaveCount(2);
    await expect(skipped).toHaveAttribute('data-status', 'READY');
    await expect(page.getByTestId('item-resource')).toHaveCount(2);
  });

  test('the reviewer approves one resource and sends another back with a comment', async ({ page }, info) => {
    await loginAs(page, 'reviewer');
    await page.goto('/review');
    await expect(page.getByTestId('review-page')).toBeVisible();

    // Two human levels: the course level (the course lead has no account, so the host's reviewers
    // decide it), then the host institution's level; approving both publishes the resource.
    const png = page.locator(`[data-testid="review-row"][data-title="${titles.png}"]`);
    const drawer = page.getByTestId('review-drawer');
    for (const level of ['课程负责人审核', '主持单位审核']) {
      await expect(png).toHaveAttribute('data-level', level);
      await png.getByTestId('review-open').click();
      await expect(drawer.getByTestId('review-title')).toHaveText(titles.png);
      await expect(drawer.getByTestId('review-preview')).toHaveAttribute('href', /\/resources\/\d+\/file$/);
      if (info.project.name === 'phone' && level === '课程负责人审核') {
        await expect(drawer.locator('img')).toBeVisible(); // the PNG under review, previewed
        await page.screenshot({ path: path.join(shots(info), 'review-zh-390.png') });
      }
      await drawer.getByTestId('review-approve').click();
      await expect(drawer).toBeHidden();
    }
    await expect(png).toHaveCount(0);

    await page.locator(`[data-testid="review-row"][data-title="${titles.pdf}"]`).getByTestId('review-open').click();
    await expect(drawer.getByTestId('review-title')).toHaveText(titles.pdf);
    await drawer.getByTestId('review-reject').click();
    await expect(drawer.getByText('请说明需要修改的地方')).toBeVisible();
    await drawer.getByTestId('review-comment-input').fill('请在工艺卡中补充切削用量。');
    await drawer.getByTestId('review-reject').click();
    await expect(page.locator(`[data-testid="review-row"][data-title="${titles.pdf}"]`)).toHaveCount(0);
  });

  test('the teacher sees 需修改 with the reviewer comment, and the decision in the history', async ({ page }) => {
    await loginAs(page, 'teacher');
    await page.goto('/my/resources');
    const row = page.locator(`[data-testid="resource-row"][data-title="${titles.pdf}"]`);
    await expect(row.getByTestId('resource-status')).toHaveAttribute('data-status', 'NEEDS_CHANGES');
    await expect(row.getByTestId('review-comment')).toContainText('请在工艺卡中补充切削用量。');
    const published = page.locator(`[data-testid="resource-row"][data-title="${titles.png}"]`);
    await expect(published.getByTestId('resource-status')).toHaveAttribute('data-status', 'PUBLISHED');

    await row.getByTestId('resource-title').click();
    await expect(page.getByTestId('edit-page')).toBeVisible();
    await expect(page.locator('[data-testid="review-decision"][data-approved="false"]').first()).toContainText('请在工艺卡中补充切削用量。');
  });

  test('the teacher downloads two resources as one zip, deletes one to the recycle bin, restores it, edits it and submits it again', async ({ page }) => {
    await loginAs(page, 'teacher');
    await page.goto('/my/resources');
    const rowOf = (title: string) => page.locator(`[data-testid="resource-row"][data-title="${title}"]`);
    for (const title of [titles.png, titles.pdf]) await rowOf(title).locator('input[type="checkbox"]').check();
    await expect(page.getByTestId('selected-count')).toContainText('2');

    const download = page.waitForEvent('download');
    await page.getByTestId('tool-download').click();
    expect((await download).suggestedFilename()).toMatch(/\.zip$/);

    await rowOf(titles.png).locator('input[type="checkbox"]').uncheck();
    await page.getByTestId('tool-delete').click();
    await page.getByTestId('confirm-delete').click();
    const results = page.getByTestId('batch-results');
    await expect(results.getByTestId('batch-result')).toHaveCount(1);
    await expect(results.getByTestId('batch-result')).toHaveAttribute('data-ok', 'true');
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(rowOf(titles.pdf)).toHaveCount(0);

    await page.getByRole('link', { name: '回收站' }).click();
    const binned = page.locator('[data-testid="bin-row"]', { hasText: titles.pdf });
    await binned.getByTestId('row-restore').click();
    await expect(page.getByTestId('batch-results-summary')).toHaveText('成功 1 项，未成功 0 项');
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(binned).toHaveCount(0);

    // What the reviewer asked for, edited online, and the draft sent into review again.
    await page.goto('/my/resources');
    await rowOf(titles.pdf).getByTestId('resource-title').click();
    await page.getByTestId('field-description').fill('已按审核意见在工艺卡中补充切削用量。');
    await page.getByTestId('edit-save').click();
    await expect(page.getByText('已保存', { exact: true })).toBeVisible();
    await expect(page.getByTestId('field-description')).toHaveValue('已按审核意见在工艺卡中补充切削用量。');
    await page.getByTestId('edit-submit').click();
    await expect(page.getByTestId('status-panel').getByTestId('resource-status')).toHaveAttribute('data-status', 'IN_REVIEW');
    await expect(page.getByTestId('edit-withdraw')).toBeVisible();
  });
});

test('a text resource written in the rich-text editor is saved as HTML and edited again', async ({ page }) => {
  await loginAs(page, 'teacher');
  await page.goto('/my/resources/upload');
  await page.getByTestId('single-kind').getByText('文本').click();
  const editor = page.getByTestId('rich-text-editor');
  await editor.click();
  await page.getByRole('button', { name: '二级标题' }).click();
  await page.keyboard.type('阶梯轴车削要点');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`先粗车后精车，留 0.3 mm 精车余量。${unique()}`);
  await expect(editor.locator('h2')).toHaveText('阶梯轴车削要点');

  await choose(page, 'field-course', COURSE);
  await chooseMany(page, 'field-points', POINT);
  await page.getByTestId('suggest-title').click();
  await expect(page.getByTestId('field-title')).toHaveValue(new RegExp(`^${TITLE_PREFIX}文本-`));
  await page.getByTestId('single-save').click();
  const created = page.getByTestId('created-resource');
  await expect(created).toBeVisible();

  await page.goto(`/my/resources/${await created.getAttribute('data-resource-id')}/edit`);
  await expect(page.getByTestId('rich-text-editor').locator('h2')).toHaveText('阶梯轴车削要点');
  await expect(page.getByTestId('rich-text-editor')).toContainText('先粗车后精车');
});

test('an upload interrupted after its first chunk resumes from the stored offset after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'teacher');
  // 12 MB in 5 MB chunks: the first PATCH goes through, the rest are cut off until the page reloads.
  const dir = mkdtempSync(path.join(tmpdir(), 'zyk-resume-'));
  const file = path.join(dir, `断点续传-${unique()}.pdf`);
  const body = Buffer.alloc(12 * 1024 * 1024, 0x20);
  body.write(`%PDF-1.4\n% ${unique()}\n`, 0, 'latin1');
  writeFileSync(file, body);

  let patches = 0;
  await page.route('**/uploads/**', async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue();
    patches += 1;
    return patches === 1 ? route.continue() : route.abort('connectionreset');
  });
  await page.goto('/my/resources/upload');
  const firstChunk = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 204);
  await page.getByTestId('single-picker-files').setInputFiles(file);
  const first = await firstChunk;
  const offset = Number(first.headers()['upload-offset']);
  expect(offset).toBeGreaterThan(0);
  await expect.poll(() => patches).toBeGreaterThan(1); // the next chunk was cut off

  await page.reload();
  await page.unroute('**/uploads/**');
  await expect(page.getByTestId('single-upload-form')).toBeVisible();
  const head = page.waitForResponse((r) => r.request().method() === 'HEAD' && r.url().includes('/uploads/'));
  await page.getByTestId('single-picker-files').setInputFiles(file);
  const stored = Number((await head).headers()['upload-offset']);
  expect(stored).toBe(offset);
  const row = page.locator('[data-testid="upload-row"]');
  await expect(row).toHaveAttribute('data-resumed-from', String(stored));
  await expect(row.getByTestId('upload-resumed')).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(row).toHaveAttribute('data-percent', '100');
});

test('an empty file is refused in the page before anything is sent', async ({ page }) => {
  await loginAs(page, 'teacher');
  await page.goto('/my/resources/upload');
  const created: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/uploads/')) created.push(r.method());
  });
  // Refused like a file over the size limit (that one is covered by the unit tests: the e2e server's limit is 2 GB).
  await page.getByTestId('single-picker-files').setInputFiles({ name: '空文件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  const row = page.locator('[data-testid="upload-row"]');
  await expect(row).toHaveAttribute('data-status', 'refused');
  await expect(row.getByTestId('upload-error')).toContainText('空文件');
  expect(created).toEqual([]);
});
