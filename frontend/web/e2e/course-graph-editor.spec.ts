// The course team's graph editor against the real e2e server (M7, C2): the course lead (the demo teacher leads
// 数控加工工艺与编程) adds a skill point, links it after an existing point (连线 mode in the graph on a desktop,
// in the study-order list on a phone — the keyboard-friendly path), is refused the reverse link as a cycle,
// drags the new point, finds it where it was dropped after a reload (the server holds the position and the
// chart draws it there), and deletes the point, told that its link goes with it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { courseId } from './helpers';
import { chooseMany, loginAs, unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const BEFORE = '加工路线确定'; // an existing point of the course, studied before the new one

interface ChartNode {
  id: string;
  name: string;
  /** Pixel centre, relative to the chart container. */
  x: number;
  y: number;
  /** Position in graph units (what knowledgeGraphLayoutSave stores). */
  gx: number;
  gy: number;
  placed: boolean;
}

async function openCourse(page: Page, id: string) {
  await page.goto(`/courses/${id}`);
  await expect(page.getByTestId('course-name')).toHaveText(COURSE);
  const section = page.getByTestId('course-knowledge-graph');
  await expect(section.getByTestId('study-order')).toBeVisible();
  await expect(section.getByTestId('graph-editor-toolbar')).toBeVisible();
  return section;
}

/** The chart (shown on request on a phone) once it has published where its points are. */
async function chart(section: Locator, isMobile: boolean) {
  const canvas = section.getByTestId('point-graph-canvas');
  if (isMobile && !(await canvas.count())) await section.getByTestId('graph-toggle').click();
  await expect(canvas).toHaveAttribute('data-point-nodes', /"gx"/);
  await expect(canvas.locator('canvas')).toBeVisible();
  return canvas;
}

async function chartNode(canvas: Locator, name: string): Promise<ChartNode> {
  const nodes = JSON.parse((await canvas.getAttribute('data-point-nodes')) ?? '[]') as ChartNode[];
  const node = nodes.find((n) => n.name === name);
  expect(node, `${name} in the chart`).toBeTruthy();
  return node!;
}

/** What the server says about the point's position (null when never arranged). */
async function savedPosition(page: Page, id: string, pointId: string) {
  const answer = await page.request.get('/graphql/', {
    params: { query: `{ course(id: "${id}") { graph { nodes { id x y } } } }` },
  });
  const { data } = (await answer.json()) as { data: { course: { graph: { nodes: { id: string; x: number | null; y: number | null }[] } } } };
  return data.course.graph.nodes.find((n) => n.id === pointId) ?? null;
}

const item = (page: Page, name: string) => page.locator(`[data-testid="study-order-item"][data-point-name="${name}"]`);

test('a team member adds a point, links it, arranges the graph and deletes the point', async ({ page, isMobile }, info) => {
  test.setTimeout(180_000);
  await loginAs(page, 'teacher');
  const id = await courseId(page, COURSE);
  const section = await openCourse(page, id);
  const name = `端面车削${unique()}`;

  // A run that stopped half-way may have left its point behind.
  const leftovers = section.locator('[data-testid="study-order-item"][data-point-name^="端面车削"]');
  for (let left = await leftovers.count(); left > 0; left -= 1) {
    await leftovers.first().click();
    await section.getByTestId('point-remove').click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
    await expect(leftovers).toHaveCount(left - 1);
  }

  // 添加知识点/技能点
  await section.getByTestId('point-add').click();
  const form = page.getByTestId('point-form');
  await form.getByTestId('point-name').fill(name);
  await form.getByTestId('point-kind').getByText('技能点').click();
  await form.getByTestId('point-description').fill('车削端面并保证表面粗糙度');
  await chooseMany(page, 'point-jobs', '数控车工');
  await page.getByTestId('point-form-submit').click();
  await expect(page.getByText(`已添加「${name}」`)).toBeVisible();
  await expect(item(page, name)).toContainText('技能点');
  await expect(section.getByTestId('point-edit')).toContainText(name);
  const pointId = (await item(page, name).getAttribute('data-point-id'))!;

  // 连线: the existing point first, then the new one; 先修
  await section.getByTestId('link-mode').click();
  await expect(section.getByTestId('graph-editor-hint')).toContainText('先点击起点知识点');
  if (isMobile) {
    await item(page, BEFORE).click();
    await item(page, name).click();
  } else {
    const canvas = await chart(section, isMobile);
    const from = await chartNode(canvas, BEFORE);
    await canvas.click({ position: { x: from.x, y: from.y } });
    await expect(section.getByTestId('graph-editor-hint')).toContainText(`已选起点「${BEFORE}」`);
    const to = await chartNode(canvas, name);
    await canvas.click({ position: { x: to.x, y: to.y } });
  }
  const dialog = page.getByTestId('link-dialog');
  await expect(dialog).toContainText(`从「${BEFORE}」到「${name}」`);
  await page.getByTestId('link-dialog-submit').click();
  await expect(page.getByText('已添加知识关系')).toBeVisible();
  await expect(item(page, name).getByTestId('study-first')).toContainText(BEFORE);

  // the reverse link would close a cycle: the server's refusal, naming both points, stays in the dialog
  await item(page, name).click();
  await item(page, BEFORE).click();
  await page.getByTestId('link-dialog-submit').click();
  const refusal = dialog.getByTestId('form-alert-message');
  await expect(refusal).toContainText(BEFORE);
  await expect(refusal).toContainText(name);
  await page.locator('.ant-modal:visible').getByRole('button', { name: /取\s*消/ }).click();
  await section.getByTestId('link-mode').click();

  // drag the new point to a free place in the chart; the position is saved once dragging pauses
  const canvas = await chart(section, isMobile);
  await canvas.scrollIntoViewIfNeeded();
  const node = await chartNode(canvas, name);
  const box = (await canvas.boundingBox())!;
  const drop = { x: Math.round(box.width * 0.5), y: Math.round(box.height - 24) };
  await page.mouse.move(box.x + node.x, box.y + node.y);
  await page.mouse.down();
  await page.mouse.move(box.x + (node.x + drop.x) / 2, box.y + (node.y + drop.y) / 2, { steps: 8 });
  await page.mouse.move(box.x + drop.x, box.y + drop.y, { steps: 8 });
  await page.mouse.up();
  await expect(section.getByTestId('layout-save-state')).toHaveText('布局已保存');
  const saved = await savedPosition(page, id, pointId);
  expect(saved?.x, 'the server holds the dragged position').not.toBeNull();
  await section.screenshot({ path: info.outputPath(`course-graph-editor-${isMobile ? 390 : 1280}.png`) });

  // after a reload the chart draws the point where it was dropped
  await page.reload();
  const again = await chart(page.getByTestId('course-knowledge-graph'), isMobile);
  await expect(again).toHaveAttribute('data-arranged', 'true');
  const redrawn = await chartNode(again, name);
  expect(redrawn.placed).toBe(true);
  expect([redrawn.gx, redrawn.gy]).toEqual([saved!.x, saved!.y]);
  expect(Math.abs(redrawn.x - drop.x)).toBeLessThanOrEqual(3);
  expect(Math.abs(redrawn.y - drop.y)).toBeLessThanOrEqual(3);

  // delete it: the confirmation says its link goes too
  await item(page, name).click();
  await page.getByTestId('point-remove').click();
  const confirm = page.locator('.ant-popover:visible');
  await expect(confirm).toContainText(`删除「${name}」？`);
  await expect(confirm).toContainText('它的 1 条知识关系和资源上的该知识点标注会一并删除');
  await confirm.getByRole('button', { name: /删\s*除/ }).click();
  await expect(page.getByText(`已删除「${name}」及其 1 条知识关系`)).toBeVisible();
  await expect(item(page, name)).toHaveCount(0);
  expect(await savedPosition(page, id, pointId)).toBeNull();
});
