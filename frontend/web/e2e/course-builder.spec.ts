// 组课 against the real e2e server (M5, T1): the demo teacher leads 数控加工工艺与编程. From the course page
// they open the builder, add a module and a unit, search the library and add two resources, reorder them
// (drag on a desktop, the arrow buttons on a phone), open one for trial (试学), publish a new version, look
// at the previous version read-only, and an anonymous visitor's API read shows the new version. The module
// is removed and the course published again at the end, so the other project and the next run start clean.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
// A knowledge point of the course with a video and a document in the demo library.
const SEARCH = '加工路线确定';

interface PublicItem {
  title: string;
  openForTrial: boolean;
  locked: boolean;
}
interface PublicStructure {
  version: number | null;
  modules: { title: string; units: { title: string; items: PublicItem[] }[] }[];
}

/** What an anonymous visitor's API read of the course structure says (a fresh context: no cookies). */
async function publicStructure(page: Page, id: string): Promise<PublicStructure> {
  const context = await page.context().browser()!.newContext();
  try {
    // A public read, by GET like the SPA's (no session, no CSRF token).
    const answer = await context.request.get(new URL('/graphql/', page.url()).toString(), {
      params: {
        query: 'query ($id: ID!) { course(id: $id) { structure { version modules { title units { title items { title openForTrial locked } } } } } }',
        variables: JSON.stringify({ id }),
      },
    });
    expect(answer.ok()).toBeTruthy();
    const body = (await answer.json()) as { data: { course: { structure: PublicStructure } } };
    return body.data.course.structure;
  } finally {
    await context.close();
  }
}

const moduleByTitle = (page: Page, title: string) => page.locator(`[data-testid="builder-module"][data-module-title="${title}"]`);
const itemTitles = (unit: Locator) => unit.getByTestId('item-title').allTextContents();

async function confirmPopover(page: Page, button: RegExp) {
  await page.locator('.ant-popover:visible').getByRole('button', { name: button }).click();
}

test('the course lead builds a module from the library, reorders, opens 试学 and publishes a version', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  const moduleTitle = `e2e 模块 ${unique()}`;
  const unitTitle = `任务 ${unique()}`;

  // The course page offers 组课 to the team.
  await page.goto(`/courses/${id}`);
  await page.getByTestId('course-build-link').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${id}/build$`));
  await expect(page.getByTestId('builder-title')).toContainText(COURSE);
  const before = await page.getByTestId('builder-module').count();
  expect(before, 'the demo structure of the course').toBeGreaterThan(0);

  // A module, then a unit in it.
  const addModule = page.getByTestId('module-add');
  await addModule.getByTestId('module-add-input').fill(moduleTitle);
  await addModule.getByTestId('module-add-submit').click();
  const module = moduleByTitle(page, moduleTitle);
  await expect(module).toBeVisible();
  await module.getByTestId('unit-add-open').click();
  await module.getByTestId('unit-add-input').fill(unitTitle);
  await module.getByTestId('unit-add-submit').click();
  const unit = module.locator(`[data-testid="builder-unit"][data-unit-title="${unitTitle}"]`);
  await expect(unit).toBeVisible();
  await expect(unit.getByTestId('unit-empty')).toBeVisible();

  // Search the library from the unit and add the first two hits.
  await unit.getByTestId('unit-add-resource').click();
  const drawer = page.locator('.zyk-cb-drawer');
  await expect(drawer.getByTestId('library-target-unit')).toContainText(unitTitle);
  const search = drawer.getByTestId('library-search');
  await drawer.getByTestId('library-search-own-course').check();
  await expect(search).toHaveAttribute('aria-busy', 'false');
  await drawer.getByTestId('library-search-input').fill(SEARCH);
  const searched = page.waitForResponse((r) => r.url().includes('/graphql/') && decodeURIComponent(r.url()).includes(SEARCH));
  await drawer.getByTestId('library-search-input').press('Enter');
  await searched;
  await expect(search).toHaveAttribute('aria-busy', 'false');
  const hits = drawer.getByTestId('library-hit');
  // Titles follow the naming rule (major-course-point-type-nn): this course's resources of the point.
  await expect
    .poll(async () => {
      const titles = await hits.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-title') ?? ''));
      return titles.length >= 2 && titles.every((title) => title.includes(COURSE)) && titles.some((title) => title.includes(SEARCH));
    })
    .toBe(true);
  const first = (await hits.nth(0).getAttribute('data-title'))!;
  const second = (await hits.nth(1).getAttribute('data-title'))!;
  await hits.nth(0).getByTestId('library-add').click();
  await expect(hits.nth(0).getByTestId('library-add')).toContainText('已添加');
  await hits.nth(1).getByTestId('library-add').click();
  await expect(hits.nth(1).getByTestId('library-add')).toContainText('已添加');
  if (isMobile) {
    await drawer.screenshot({ path: info.outputPath('course-builder-drawer-390.png') });
  }
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await expect.poll(() => itemTitles(unit)).toEqual([first, second]);

  // Reorder: the second one first — dragging on a desktop, the arrow on a phone.
  const rows = unit.getByTestId('builder-item');
  if (isMobile) {
    await rows.nth(1).getByTestId('item-up').click();
  } else {
    await rows.nth(1).dragTo(rows.nth(0));
  }
  await expect.poll(() => itemTitles(unit)).toEqual([second, first]);

  // 试学 for the (new) first item.
  const trial = rows.nth(0).getByTestId('item-trial');
  await expect(trial).not.toBeChecked();
  await trial.click();
  await expect(page.getByText('已开放试学')).toBeVisible();
  await expect(trial).toBeChecked();

  await unit.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`course-builder-${isMobile ? 390 : 1280}.png`), fullPage: false });

  // Publish the working copy as the next version.
  const hint = page.getByTestId('version-hint');
  await page.getByTestId('publish').click();
  await confirmPopover(page, /发布新版本/);
  await expect(page.getByText(/已发布第 \d+ 版/)).toBeVisible();
  await expect(hint).toContainText(/学员当前看到的是第 \d+ 版/);
  const published = Number(/第 (\d+) 版/.exec((await hint.textContent()) ?? '')![1]);
  expect(published).toBeGreaterThanOrEqual(2);

  // An anonymous visitor's read shows the new version: the module, the unit, the order and the trial item.
  const visible = await publicStructure(page, id);
  expect(visible.version).toBe(published);
  const shown = visible.modules.find((m) => m.title === moduleTitle);
  expect(shown, 'the new module in the published version').toBeTruthy();
  const shownUnit = shown!.units.find((u) => u.title === unitTitle)!;
  expect(shownUnit.items.map((i) => i.title)).toEqual([second, first]);
  expect(shownUnit.items.map((i) => [i.openForTrial, i.locked])).toEqual([
    [true, false],
    [false, true],
  ]);

  // The previous version, read-only.
  await page.getByTestId('version-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `第 ${published - 1} 版` }).click();
  await expect(page.getByTestId('read-only-notice')).toContainText(`正在查看第 ${published - 1} 版（只读）`);
  await expect(page).toHaveURL(new RegExp(`version=${published - 1}`));
  await expect(moduleByTitle(page, moduleTitle)).toHaveCount(0);
  await expect(page.getByTestId('module-add')).toHaveCount(0);
  await expect(page.getByTestId('item-trial')).toHaveCount(0);
  await page.getByTestId('back-to-working').click();
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);

  // Clean up: remove the module and publish again, so learners see the demo structure as before.
  const again = moduleByTitle(page, moduleTitle);
  await again.getByTestId('module-remove').first().click();
  await confirmPopover(page, /删\s*除/);
  await expect(again).toHaveCount(0);
  await page.getByTestId('publish').click();
  await confirmPopover(page, /发布新版本/);
  await expect(hint).toContainText(`学员当前看到的是第 ${published + 1} 版`);
  expect((await publicStructure(page, id)).modules.some((m) => m.title === moduleTitle)).toBe(false);
});

test('the server’s refusal of an overlong module title shows at the form, which keeps what was typed', async ({ page }) => {
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  await page.goto(`/courses/${id}/build`);
  const unit = page.getByTestId('builder-unit').first();
  await expect(unit).toBeVisible();
  const titles = await itemTitles(unit);

  // A module title that is too long for the server is refused at the form, which keeps what was typed.
  const addModule = page.getByTestId('module-add');
  const long = '超长标题'.repeat(40);
  await addModule.getByTestId('module-add-input').evaluate((input, value) => {
    // The field caps typing at 128 characters; set the value the way a paste past the cap would not.
    (input as HTMLInputElement).removeAttribute('maxlength');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, long);
  await addModule.getByTestId('module-add-submit').click();
  const problem = page.locator('[data-testid="action-problem"][data-scope="add-module:top"]');
  await expect(problem).toBeVisible();
  await expect(problem.getByTestId('action-problem-message')).not.toBeEmpty();
  await expect(addModule.getByTestId('module-add-input')).toHaveValue(long);
  await expect.poll(() => itemTitles(unit)).toEqual(titles);
});
