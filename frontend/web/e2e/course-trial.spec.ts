// Trial learning (试学) and the course-system graph against the real server with demo data (issue 6: M6, M7,
// C2). The demo publishes the structure of 数控车削加工技术 with some items open for trial. Runs in the
// `desktop` (1280×800) and `phone` (390×844, touch) projects.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './account-helpers';
import { findCourseNode, waitForGraph } from './helpers';

const COURSE = '数控车削加工技术';

/** Opens the demo course from the home page's course list (the text version of the graph). */
async function openCourse(page: Page) {
  await page.goto('/');
  await page.getByTestId('graph-fallback-list').getByRole('link', { name: COURSE, exact: true }).click();
  await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  const structure = page.getByTestId('course-structure');
  await expect(structure).toBeVisible();
  return structure;
}

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test.describe('course content with trial learning', () => {
  test('an anonymous visitor sees the 试学 items and opens one', async ({ page }) => {
    const structure = await openCourse(page);

    await expect(structure.getByTestId('trial-hint')).toContainText('试学');
    await expect(structure.getByText('项目一 数控车床操作基础')).toBeVisible();
    const trial = structure.locator('[data-testid="structure-item"][data-state="open"]');
    expect(await trial.count()).toBeGreaterThan(1);
    await expect(trial.first().getByTestId('trial-tag')).toHaveText('试学');
    const link = trial.first().getByTestId('structure-item-link');
    const title = (await link.textContent())?.trim() ?? '';
    expect(title).toMatch(/^460103-数控车削加工技术-/);
    await expectNoHorizontalScroll(page);

    await link.click();

    await expect(page).toHaveURL(/\/resources\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('a locked item leads to login and, once logged in, back to the course with everything open', async ({ page }) => {
    test.skip(!DEMO_PASSWORD, 'needs the demo accounts (E2E_ACCOUNT_PASSWORD)');
    const structure = await openCourse(page);
    const locked = structure.locator('[data-testid="structure-item"][data-state="locked"]').first();
    await expect(locked).toContainText('登录后学习');
    await expect(locked.getByTestId('structure-item-link')).toHaveCount(0);
    const courseUrl = new URL(page.url());

    await locked.getByTestId('structure-login-link').click();

    await expect(page).toHaveURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`${courseUrl.pathname}#outline`);
    const form = page.getByTestId('password-login-form');
    await form.getByLabel(/账号|Account/).fill('learner');
    await form.getByLabel(/^密码$|^Password$/).fill(DEMO_PASSWORD);
    await form.getByTestId('login-submit').click();

    await expect(page).toHaveURL(new RegExp(`${courseUrl.pathname}#outline$`));
    const signedIn = page.getByTestId('course-structure');
    await expect(signedIn).toBeVisible();
    await expect(signedIn.getByTestId('trial-hint')).toHaveCount(0);
    await expect(signedIn.locator('[data-testid="structure-item"][data-state="locked"]')).toHaveCount(0);
    await expect(signedIn.getByTestId('structure-login-link')).toHaveCount(0);
  });
});

test.describe('course-system graph on the home page', () => {
  test('lists the courses with their point counts and jobs, and a course node opens its page', async ({ page, isMobile }) => {
    await page.goto('/');
    const list = page.getByTestId('graph-fallback-list');
    await expect(list).toBeVisible();
    const course = list.locator(':scope > li').filter({ has: page.getByRole('heading', { level: 4, name: COURSE }) });
    await expect(course.getByTestId('course-point-counts')).toHaveText(/\d+ 个技能点 · \d+ 个知识点/);
    await expect(course.getByTestId('course-jobs')).toContainText('数控车工');
    // On a phone the list comes first, on a desktop the graph.
    const listTop = (await list.boundingBox())?.y ?? 0;
    const canvas = await waitForGraph(page);
    const canvasTop = (await canvas.boundingBox())?.y ?? 0;
    expect(isMobile ? listTop < canvasTop : canvasTop < listTop).toBe(true);

    const node = await findCourseNode(page, COURSE);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('graph canvas has no box');
    await page.evaluate((top) => window.scrollBy(0, top), box.y + node.y - (page.viewportSize()?.height ?? 800) / 2);
    await page.waitForTimeout(300);
    const after = await canvas.boundingBox();
    if (!after) throw new Error('graph canvas has no box');
    if (isMobile) await page.touchscreen.tap(after.x + node.x, after.y + node.y);
    else await page.mouse.click(after.x + node.x, after.y + node.y);

    await expect(page).toHaveURL(new RegExp(`/courses/${node.id}$`));
    await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  });
});
