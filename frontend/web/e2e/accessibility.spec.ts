// Accessibility of the main pages (WCAG 2.1 A/AA through axe-core, GB/T 37668 follows WCAG): no serious or critical
// violation on what visitors, learners and the course team open most, at desktop and phone widths. Each failure
// lists the rule, its impact and the first elements, so the fix is findable from the report.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs } from './studio-helpers';

const COURSE = '数控加工工艺与编程';

async function firstResourceId(page: Page): Promise<string> {
  const answer = await page.request.get('/graphql/', { params: { query: '{ resources(limit: 1) { items { id } } }' } });
  const { data } = (await answer.json()) as { data: { resources: { items: { id: string }[] } } };
  expect(data.resources.items.length, 'a published demo resource').toBeGreaterThan(0);
  return data.resources.items[0].id;
}

async function firstSelfTestId(page: Page, course: string): Promise<string> {
  const answer = await page.request.get('/graphql/', { params: { query: `{ selfTests(courseId: "${course}") { id } }` } });
  const { data } = (await answer.json()) as { data: { selfTests: { id: string }[] } };
  expect(data.selfTests.length, 'an open demo self-test').toBeGreaterThan(0);
  return data.selfTests[0].id;
}

/** Serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function check(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect(await violations(page), `${path}`).toEqual([]);
}

const main = async (page: Page) => {
  await expect(page.locator('main').first()).toBeVisible();
};

test('public pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  const course = await courseId(page, COURSE);
  const resource = await firstResourceId(page);
  await check(page, '/', async (p) => expect(p.getByTestId('major-name').or(p.locator('h1')).first()).toBeVisible());
  await check(page, '/courses', async (p) => expect(p.getByTestId('course-card').first()).toBeVisible());
  await check(page, '/resources', main);
  await check(page, `/resources/${resource}`, main);
  await check(page, `/courses/${course}`, async (p) => expect(p.getByTestId('course-name')).toHaveText(COURSE));
  await check(page, '/login', main);
});

test('a learner’s pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'learner');
  const course = await courseId(page, COURSE);
  const paper = await firstSelfTestId(page, course);
  await check(page, `/courses/${course}`, async (p) => expect(p.getByTestId('course-name')).toHaveText(COURSE));
  await check(page, `/self-tests/${paper}`, main);
});

test('the course team’s pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'teacher');
  const course = await courseId(page, COURSE);
  await check(page, `/courses/${course}`, async (p) => expect(p.getByTestId('graph-editor-toolbar')).toBeVisible());
  await check(page, `/courses/${course}/questions`, main);
  await check(page, `/courses/${course}/questions/coverage`, main);
  await check(page, `/courses/${course}/build`, main);
});
