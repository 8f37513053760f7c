// The bank's coverage matrix and the knowledge point's side of tagging against the real e2e server (issue 7:
// C4; issue 6: M7). The demo teacher leads 数控加工工艺与编程, whose demo bank holds published items. The matrix
// lists every point with its items by type and by difficulty and marks the points without items; from a point
// picked in the course's knowledge graph, the teacher tags a bank item with it (a published item gets a
// draft), sees it counted in the matrix with drafts included, and removes the tag again.
import { expect, test, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { loginAs } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const POINT = '加工路线确定'; // a point of the course's graph
const ITEM = '设定第一工件坐标系'; // a published item of the demo bank that no paper of another spec uses

const row = (page: Page, name: string) =>
  page.getByTestId('coverage-table').locator('tbody tr', { has: page.locator('.zyk-qcov__point', { hasText: name }) });

async function pickPoint(page: Page, id: string) {
  await page.goto(`/courses/${id}`);
  await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  const section = page.getByTestId('course-knowledge-graph');
  await section.locator(`[data-testid="study-order-item"][data-point-name="${POINT}"]`).click();
  const panel = page.getByTestId('point-tagging');
  await expect(panel).toBeVisible();
  return panel;
}

async function untag(page: Page, panel: ReturnType<Page['getByTestId']>) {
  const tagged = panel.getByTestId('point-question').filter({ hasText: ITEM });
  while (await tagged.count()) {
    await tagged.first().getByTestId('point-question-remove').click();
    await expect(page.locator('.ant-message')).toContainText('已从 1 道试题取消此知识点');
    await expect(tagged).toHaveCount(0);
  }
}

/** The point's item count in the matrix with drafts included (0 when marked 无试题). */
async function totalWithDrafts(page: Page, id: string): Promise<number> {
  await page.goto(`/courses/${id}/questions/coverage`);
  await page.getByText('包含未发布的试题').click();
  await expect(page.getByTestId('question-coverage')).toHaveAttribute('aria-busy', 'false');
  const cell = row(page, POINT).locator('td').last();
  const text = (await cell.innerText()).trim();
  return text === '无试题' ? 0 : Number(text);
}

test.beforeEach(async ({ page }) => {
  await loginAs(page, 'teacher');
});

test('the coverage matrix lists every point by type and difficulty and marks the uncovered ones', async ({ page }) => {
  const id = await courseId(page, COURSE);
  await page.goto(`/courses/${id}/questions/coverage`);
  await expect(page.getByTestId('question-coverage').getByRole('heading', { level: 1 })).toHaveText('题库覆盖情况');
  await expect(page.getByTestId('coverage-summary')).toContainText('个知识点');
  const table = page.getByTestId('coverage-table');
  await expect(table.getByRole('columnheader', { name: '单选题' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '实操题' })).toBeVisible();
  await expect(row(page, POINT)).toHaveCount(1);

  await page.getByText('按难度').click();
  await expect(table.getByRole('columnheader', { name: '困难' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '单选题' })).toHaveCount(0);

  await page.getByTestId('coverage-only-gaps').click();
  const rows = table.locator('tbody tr.zyk-qcov__row--gap');
  const gaps = await rows.count();
  if (gaps) {
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(gaps);
    await expect(rows.first().getByTestId('coverage-gap')).toHaveText('无试题');
  } else {
    await expect(table).toContainText('没有缺少试题的知识点');
  }
});

test('from a knowledge point the team tags a bank item, sees it counted, and removes the tag', async ({ page }) => {
  const id = await courseId(page, COURSE);
  let panel = await pickPoint(page, id);
  await expect(panel.getByRole('tab', { name: '试题' })).toBeVisible();
  await untag(page, panel); // a retried run starts clean
  const before = await totalWithDrafts(page, id);
  panel = await pickPoint(page, id);

  const select = panel.getByTestId('point-questions-select');
  await select.click();
  await select.locator('input').fill(ITEM);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: ITEM });
  await option.first().click();
  await panel.getByTestId('point-questions-add').click();
  await expect(page.locator('.ant-message')).toContainText('已为 1 道试题标注此知识点');
  await expect(panel.getByTestId('point-question').filter({ hasText: ITEM })).toBeVisible();

  expect(await totalWithDrafts(page, id)).toBe(before + 1);

  panel = await pickPoint(page, id);
  await expect(panel.getByTestId('point-question').filter({ hasText: ITEM })).toBeVisible();
  await untag(page, panel);
});
