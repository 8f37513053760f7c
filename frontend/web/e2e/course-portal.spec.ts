// The course portal against the real e2e server (issue 6: M6). The demo teacher (lead of 数控加工工艺与编程)
// switches the display template in the portal editor, previews it (the preview shows the new template
// while the public page keeps the old one) and submits it; the demo reviewer (host institution) approves
// it in the Wagtail admin; then an anonymous visitor sees the new template. The desktop run goes
// classic → visual, the phone run visual → compact (the reviewer always uses a desktop-sized browser: the
// Wagtail admin is a desktop tool). Also: the three templates are visibly different at this size.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './account-helpers';
import { loginAs } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const NEXT: Record<string, string> = { classic: 'visual', visual: 'compact', compact: 'classic' };
const NAME: Record<string, RegExp> = { classic: /经典/, visual: /视觉/, compact: /简洁/ };
/** A demo course in each template (fixtures/demo/course_standards.json). */
const SAMPLES: Record<string, string> = { classic: '机械制图与CAD', visual: '数控车削加工技术', compact: '数控铣削加工技术' };

async function courseIds(page: Page): Promise<Record<string, string>> {
  const answer = await page.request.get('/graphql/', { params: { query: '{ major { courses { id name } } }' } });
  expect(answer.ok()).toBeTruthy();
  const { data } = (await answer.json()) as { data: { major: { courses: { id: string; name: string }[] } } };
  return Object.fromEntries(data.major.courses.map((c) => [c.name, c.id]));
}

/** The template the course page renders (waits until the portal has loaded). */
async function renderedTemplate(page: Page) {
  const root = page.getByTestId('course-page').locator('[data-template]');
  await expect(root).toBeVisible();
  return root.getAttribute('data-template');
}

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

/** What an anonymous visitor sees, in a browser of their own. */
async function publicTemplate(browser: Browser, baseURL: string, id: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`/courses/${id}`);
  const template = await renderedTemplate(page);
  await context.close();
  return template;
}

/** The reviewer approves the course's pending portal change through the page editor's workflow action. */
async function approveInAdmin(browser: Browser, baseURL: string, id: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/admin/login/');
  await page.fill('input[name=username]', 'reviewer');
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/admin\/$/);
  // The dashboard lists the change under the reviewer's reviews.
  await expect(page.getByText(COURSE).first()).toBeVisible();

  await page.goto(`/admin/pages/${id}/edit/`);
  // 通过 (approve) without a comment; the other approve button opens the comment dialog. It sits in the
  // footer's action menu.
  const approve = page.locator('footer button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])');
  if (!(await approve.isVisible())) await page.locator('footer [data-w-dropdown-target="toggle"]').first().click();
  await expect(approve).toHaveText(/通过|批准|Approve/);
  await approve.click();
  await expect(page.locator('.messages')).toContainText(COURSE);
  await context.close();
}

test('the course team switches the portal template; it goes live after review', async ({ page, browser, baseURL, isMobile }, info) => {
  // Three browsers, the Wagtail admin and a review: slower than most tests.
  test.setTimeout(240_000);
  expect(DEMO_PASSWORD, 'E2E_ACCOUNT_PASSWORD must be set (scripts/e2e.sh does)').not.toBe('');
  const id = (await courseIds(page))[COURSE];
  expect(id, `${COURSE} in the demo major`).toBeTruthy();

  // A run that stopped half-way may have left a change in review: the reviewer decides it first.
  await loginAs(page, 'teacher');
  await page.goto(`/courses/${id}/portal`);
  const status = page.getByTestId('portal-status');
  await expect(status).toBeVisible();
  if ((await status.getAttribute('data-status')) === 'IN_REVIEW') await approveInAdmin(browser, baseURL!, id);

  const before = (await publicTemplate(browser, baseURL!, id)) ?? '';
  const after = NEXT[before];
  expect(after, `a template after ${before}`).toBeTruthy();

  // The lead finds the editor on the course page.
  await page.goto(`/courses/${id}`);
  expect(await renderedTemplate(page)).toBe(before);
  const entry = page.getByTestId('portal-edit-entry');
  await expect(entry).toContainText('门户状态');
  await entry.getByTestId('portal-edit-link').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/portal$`));
  await expect(status).toHaveAttribute('data-status', /PUBLISHED|DRAFT/);

  // Template tab: the live one is marked; pick the next one.
  const leftoverDraft = (await status.getAttribute('data-status')) === 'DRAFT';
  const current = page.getByRole('radio', { name: NAME[before] });
  await expect(current).toContainText('当前使用');
  if (!leftoverDraft) await expect(current).toHaveAttribute('aria-checked', 'true');
  const next = page.getByRole('radio', { name: NAME[after] });
  await next.click();
  await expect(next).toHaveAttribute('aria-checked', 'true');
  await expect(current).toHaveAttribute('aria-checked', 'false');
  if (!leftoverDraft) await expect(page.getByTestId('portal-dirty')).toHaveText('有未保存的修改');
  await page.screenshot({ path: info.outputPath(`portal-editor-${isMobile ? 390 : 1280}.png`), fullPage: true });

  // 预览 saves the draft and opens the course page in preview mode.
  await page.getByTestId('portal-preview').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}\\?preview=draft$`));
  expect(await renderedTemplate(page)).toBe(after);
  const banner = page.getByTestId('portal-preview-banner');
  await expect(banner).toContainText('预览：尚未发布的修改');
  await expect(banner).toContainText('状态：草稿');
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: info.outputPath(`portal-preview-${after}-${isMobile ? 390 : 1280}.png`) });
  // Visitors still get the published template.
  expect(await publicTemplate(browser, baseURL!, id)).toBe(before);

  // Back in the editor: submit for review; the form turns read-only.
  await banner.getByTestId('portal-preview-edit').click();
  await expect(page.getByTestId('portal-status')).toHaveAttribute('data-status', 'DRAFT');
  await expect(page.getByRole('radio', { name: NAME[after] })).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('portal-submit').click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /提交审核/ }).click();
  await expect(page.getByText('已提交审核')).toBeVisible();
  await expect(page.getByTestId('portal-status')).toHaveAttribute('data-status', 'IN_REVIEW');
  await expect(page.getByTestId('portal-status')).toContainText('审核结束前表单只读');
  await expect(page.getByTestId('portal-save')).toBeDisabled();
  await expect(page.getByRole('radio', { name: NAME[before] })).toHaveAttribute('aria-disabled', 'true');
  expect(await publicTemplate(browser, baseURL!, id)).toBe(before);

  // The host reviewer approves it in the Wagtail admin, which publishes it.
  await approveInAdmin(browser, baseURL!, id);
  expect(await publicTemplate(browser, baseURL!, id)).toBe(after);

  // The team's editor is open again and marks the new template as the one in use. (The status is not
  // checked: approving through the admin's edit form stores the reviewer's round-trip of the page as one
  // more revision, so it may read 草稿 with the same content.)
  await page.reload();
  await expect(page.getByTestId('portal-status')).not.toHaveAttribute('data-status', 'IN_REVIEW');
  await expect(page.getByRole('radio', { name: NAME[after] })).toContainText('当前使用');
  await expect(page.getByTestId('portal-save')).toBeVisible();
});

test('the three templates look different and show the whole portal', async ({ page, isMobile }, info) => {
  const ids = await courseIds(page);
  for (const [template, course] of Object.entries(SAMPLES)) {
    await page.goto(`/courses/${ids[course]}`);
    expect(await renderedTemplate(page)).toBe(template);
    await expect(page.getByTestId('course-name')).toHaveText(course);
    await expect(page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: '数控技术' })).toBeVisible();
    await expect(page.getByTestId('portal-level')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '课程标准' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 4, name: '知识目标' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '教学团队' })).toBeVisible();
    expect(await page.getByTestId('teacher-team').getByRole('listitem').count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2, name: '知识图谱' })).toBeAttached();
    await expect(page.getByRole('heading', { level: 2, name: '知识问答' })).toBeAttached();
    await expect(page.getByTestId('standard-assessment')).toBeAttached();
    if (template === 'classic') await expect(page.getByTestId('portal-sidebar')).toBeVisible();
    if (template === 'visual') {
      await expect(page.getByTestId('portal-banner')).toBeVisible();
      // the standard in tabs: the weights are one click away
      await page.getByRole('tab', { name: '考核方式' }).click();
      await expect(page.getByTestId('standard-assessment')).toBeVisible();
      await expect(page.getByTestId('standard-assessment')).toContainText('%');
    }
    if (template === 'compact') {
      const chips = page.getByTestId('portal-chips');
      await expect(chips).toBeVisible();
      await chips.getByRole('link', { name: '教学团队' }).click();
      await expect(page.getByTestId('teacher-team')).toBeInViewport();
      // chips stay under the header while scrolling
      await expect(chips).toBeInViewport();
      const fold = page.locator('[data-fold="standard"]');
      await fold.getByTestId('fold-toggle').click();
      await expect(fold).toHaveAttribute('data-collapsed', 'true');
      await expect(page.getByTestId('standard-modules')).toBeHidden();
      await fold.getByTestId('fold-toggle').click();
      await expect(page.getByTestId('standard-modules')).toBeVisible();
    } else {
      await expect(page.getByTestId('standard-modules')).toBeAttached();
    }
    await expectNoHorizontalScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: info.outputPath(`portal-${template}-${isMobile ? 390 : 1280}.png`) });
  }
});
