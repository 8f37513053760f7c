// The knowledge graph on a course page against the real e2e server (M7, C2): the study order and the
// graph for everyone; for the course lead (the demo teacher leads 数控加工工艺与编程) adding a
// prerequisite link, the cycle refusal of its reverse naming the points, and removing the link again.
import { expect, test, type Page } from '@playwright/test';
import { choose, loginAs } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
// Two points of the course with no prerequisite path between them in either direction.
const FIRST = '刀具半径补偿';
const AFTER = '程序仿真与校验';

async function openCourse(page: Page) {
  const answer = await page.request.get('/graphql/', { params: { query: '{ major { courses { id name } } }' } });
  expect(answer.ok()).toBeTruthy();
  const { data } = (await answer.json()) as { data: { major: { courses: { id: string; name: string }[] } } };
  const course = data.major.courses.find((c) => c.name === COURSE);
  expect(course, `${COURSE} in the demo major`).toBeTruthy();
  await page.goto(`/courses/${course!.id}`);
  await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  const section = page.getByTestId('course-knowledge-graph');
  await expect(section.getByTestId('study-order')).toBeVisible();
  return section;
}

const item = (page: Page, name: string) => page.locator(`[data-testid="study-order-item"][data-point-name="${name}"]`);

test('a learner sees the study order and the graph, and the resources of a point', async ({ page, isMobile }, info) => {
  const section = await openCourse(page);
  await expect(page.getByRole('heading', { level: 2, name: '知识图谱' })).toBeVisible();
  const items = section.getByTestId('study-order-item');
  expect(await items.count()).toBeGreaterThanOrEqual(4);
  await expect(section.getByText('第 1 阶段')).toBeVisible();
  await expect(item(page, '加工路线确定')).toContainText('知识点');
  await expect(item(page, '分析零件加工工艺')).toContainText('技能点');
  // Not on the team: neither the editor nor the coverage report.
  await expect(section.getByTestId('edge-form')).toHaveCount(0);
  await expect(section.getByTestId('coverage-table')).toHaveCount(0);

  // On a phone the list comes first and the graph on request.
  if (isMobile) {
    await expect(section.getByTestId('point-graph-canvas')).toHaveCount(0);
    await section.getByTestId('graph-toggle').click();
  }
  const canvas = section.getByTestId('point-graph-canvas');
  await expect(canvas).toHaveAttribute('data-point-nodes', /加工路线确定/);
  await expect(canvas.locator('canvas')).toBeVisible();

  // A node of the graph picks the point, like the list does.
  const nodes = JSON.parse((await canvas.getAttribute('data-point-nodes')) ?? '[]') as { name: string; x: number; y: number }[];
  const node = nodes.find((n) => n.name === '加工路线确定')!;
  await canvas.click({ position: { x: node.x, y: node.y } });
  await expect(item(page, '加工路线确定')).toHaveAttribute('aria-pressed', 'true');
  const resources = section.getByTestId('point-resources');
  await expect(resources).toContainText('「加工路线确定」的学习资源');
  const link = resources.getByTestId('point-resource-link').first();
  await expect(link).toHaveAttribute('href', /^\/resources\/\d+$/);

  await section.scrollIntoViewIfNeeded();
  await page.locator('#knowledge-graph').screenshot({ path: info.outputPath(`course-graph-${isMobile ? 390 : 1280}.png`) });
  await link.click();
  await expect(page).toHaveURL(/\/resources\/\d+$/);
});

test('the course lead links two points and is refused the reverse link as a cycle', async ({ page, isMobile }, info) => {
  await loginAs(page, 'teacher');
  const section = await openCourse(page);
  const form = section.getByTestId('edge-form');
  await expect(form).toBeVisible();
  await expect(section.getByTestId('coverage-table')).toBeVisible();
  await expect(section.getByTestId('coverage-summary')).toContainText('个知识点');

  // A run that stopped half-way may have left the link behind.
  const leftover = section.getByTestId('edge-row').filter({ hasText: `先学「${FIRST}」，再学「${AFTER}」` });
  if (await leftover.count()) {
    await leftover.getByTestId('edge-remove').click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
    await expect(leftover).toHaveCount(0);
  }

  await choose(page, 'edge-source', FIRST);
  await choose(page, 'edge-target', AFTER);
  await form.getByTestId('edge-add').click();
  await expect(page.getByText('已添加知识关系')).toBeVisible();
  const row = section.getByTestId('edge-row').filter({ hasText: `先学「${FIRST}」，再学「${AFTER}」` });
  await expect(row).toHaveCount(1);
  await expect(item(page, AFTER).getByTestId('study-first')).toContainText(FIRST);

  await choose(page, 'edge-source', AFTER);
  await choose(page, 'edge-target', FIRST);
  await form.getByTestId('edge-add').click();
  const alert = section.getByTestId('form-alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId('form-alert-message')).toContainText(FIRST);
  await expect(alert.getByTestId('form-alert-message')).toContainText(AFTER);
  // The form keeps what was picked.
  await expect(page.getByTestId('edge-source')).toContainText(AFTER);
  await expect(page.getByTestId('edge-target')).toContainText(FIRST);
  await alert.scrollIntoViewIfNeeded();
  await page.locator('#knowledge-graph').screenshot({ path: info.outputPath(`course-graph-edit-${isMobile ? 390 : 1280}.png`) });

  // Remove the link again, so the other project (and the next run) start from the demo graph.
  await row.getByTestId('edge-remove').click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
  await expect(page.getByText('已删除知识关系')).toBeVisible();
  await expect(row).toHaveCount(0);
});
