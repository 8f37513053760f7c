import { expect, type Page } from '@playwright/test';

export interface CourseNode {
  id: string;
  name: string;
  /** Pixel centre of the node, relative to the chart container. */
  x: number;
  y: number;
}

/** Chooses the UI language before the app starts (the app keeps it in localStorage). */
export async function setLanguage(page: Page, language: 'zh-CN' | 'en') {
  await page.addInitScript((lng) => window.localStorage.setItem('zyk.language', lng), language);
}

/** Waits until the knowledge graph has drawn and published its course node positions. */
export async function waitForGraph(page: Page) {
  const canvas = page.getByTestId('knowledge-graph-canvas');
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAttribute('data-course-nodes', /"id"/);
  await expect(canvas.locator('canvas')).toBeVisible();
  return canvas;
}

/** The graph node of the course with this name (positions come from the chart itself). */
export async function findCourseNode(page: Page, name: string): Promise<CourseNode> {
  const canvas = await waitForGraph(page);
  const nodes = JSON.parse((await canvas.getAttribute('data-course-nodes')) ?? '[]') as CourseNode[];
  const node = nodes.find((n) => n.name === name);
  expect(node, `course node ${name} in ${nodes.map((n) => n.name).join(', ')}`).toBeTruthy();
  return node as CourseNode;
}
