// The major's home page against the real server with demo data (C1, C2, M8). Runs in the
// `desktop` (1280×800) and `phone` (390×844, touch) projects.
import { expect, test, type Page } from '@playwright/test';
import { findCourseNode, waitForGraph } from './helpers';

const COURSE = '数控加工工艺与编程';

async function expectNoHorizontalScroll(page: Page) {
  const viewport = page.viewportSize();
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(viewport?.width ?? 0);
}

/** Scrolls a pixel of the graph to the middle of the viewport and returns its viewport coordinates. */
async function graphPointInView(page: Page, x: number, y: number) {
  const canvas = await waitForGraph(page);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('graph canvas has no box');
  await page.evaluate((top) => window.scrollBy(0, top), box.y + y - (page.viewportSize()?.height ?? 800) / 2);
  await page.waitForTimeout(300);
  const after = await canvas.boundingBox();
  if (!after) throw new Error('graph canvas has no box');
  return { x: after.x + x, y: after.y + y };
}

test.describe('home page', () => {
  test('shows the featured major and the core elements of its training program', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByTestId('major-name')).toHaveText('数控技术');
    await expect(page.getByText('460103', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '主持单位' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '专业人才培养方案' })).toBeVisible();
    for (const section of ['培养目标', '培养规格', '课程设置与学时安排', '实践教学环节', '毕业要求', '书证融通 · 职业技能等级证书']) {
      await expect(page.getByRole('heading', { level: 3, name: section })).toBeVisible();
    }
    await expect(page.getByTestId('course-settings')).toContainText('专业核心课');
    await expect(page.getByTestId('program-totals')).toContainText('%');
    await expect(page.getByTestId('certificates')).toContainText('1+X');
    await expect(page.getByRole('heading', { level: 2, name: '课程体系知识图谱' })).toBeVisible();
    await expect(page).toHaveTitle(/数控技术/);
    await expectNoHorizontalScroll(page);
  });

  test('opens a course page when its node on the graph canvas is clicked or tapped', async ({ page, isMobile }) => {
    await page.goto('/');
    const node = await findCourseNode(page, COURSE);
    const point = await graphPointInView(page, node.x, node.y);

    if (isMobile) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);

    await expect(page).toHaveURL(new RegExp(`/courses/${node.id}$`));
    await expect(page.getByTestId('course-name')).toHaveText(COURSE);
    await expect(page.getByRole('heading', { level: 2, name: '教学团队' })).toBeVisible();
    const teachers = page.getByTestId('teacher-team').getByRole('listitem');
    expect(await teachers.count()).toBeGreaterThan(0);
    await expect(teachers.first()).toContainText(/\S/);
    await expect(page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: '数控技术' })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('lets a keyboard or screen-reader user follow the text version of the graph', async ({ page }) => {
    await page.goto('/');
    const list = page.getByTestId('graph-fallback-list');
    await expect(list).toBeVisible();
    await expect(list.getByRole('heading', { level: 4 })).toHaveCount(await list.locator(':scope > li').count());
    expect(await list.locator(':scope > li').count()).toBeGreaterThan(5);

    await list.getByRole('heading', { level: 4, name: COURSE }).getByRole('link').click();

    await expect(page).toHaveURL(/\/courses\/\d+$/);
    await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  });

  test('zooms the graph with its buttons', async ({ page, isMobile }) => {
    await page.goto('/');
    const canvas = await waitForGraph(page);
    const before = await findCourseNode(page, COURSE);
    // On touch screens one-finger drags scroll the page until the graph is zoomed in.
    const initialRoam = isMobile ? 'scale' : 'true';
    await expect(canvas).toHaveAttribute('data-roam', initialRoam);

    await page.getByRole('button', { name: '放大图谱' }).click();
    await expect(canvas).toHaveAttribute('data-zoom', '1.250');
    await expect(canvas).toHaveAttribute('data-roam', 'true');
    const zoomed = await findCourseNode(page, COURSE);
    expect(zoomed.x !== before.x || zoomed.y !== before.y).toBe(true);

    await page.getByRole('button', { name: '缩小图谱' }).click();
    await expect(canvas).toHaveAttribute('data-zoom', '1.000');
    await expect(canvas).toHaveAttribute('data-roam', initialRoam);

    await page.getByRole('button', { name: '放大图谱' }).click();
    await page.getByRole('button', { name: '重置视图' }).click();
    await expect(canvas).toHaveAttribute('data-zoom', '1.000');
    await expect(canvas).toHaveAttribute('data-roam', initialRoam);
  });

  test('switches to English and back, re-fetching with the new Accept-Language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('major-name')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    const refetch = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/graphql/' && request.headers()['accept-language'] === 'en',
    );
    await page.getByTestId('language-en').click();
    await refetch;

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Talent training program' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Course settings and hours' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Knowledge graph of the course system' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in on the graph' })).toBeVisible();
    await expect(page.getByText('Host institutions')).toBeVisible();
    await waitForGraph(page);
    await expectNoHorizontalScroll(page);

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Talent training program' })).toBeVisible();

    await page.getByTestId('language-zh-CN').click();
    await expect(page.getByRole('heading', { level: 2, name: '专业人才培养方案' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('404 page', () => {
  test('is shown for an unknown route, with a link home', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await page.getByRole('link', { name: '返回首页' }).click();
    await expect(page.getByTestId('major-name')).toHaveText('数控技术');
  });

  test('is shown for a course that does not exist', async ({ page }) => {
    await page.goto('/courses/987654321');

    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('is translated', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('zyk.language', 'en'));
    await page.goto('/majors/000000');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible();
  });
});
