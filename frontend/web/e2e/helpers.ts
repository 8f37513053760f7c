import { expect, type Page } from '@playwright/test';

export interface CourseNode {
  id: string;
  name: string;
  /** Pixel centre of the node, relative to the chart container. */
  x: number;
  y: number;
}

/**
 * The id of the demo major's course with this name (e.g. 数控加工工艺与编程), read through the public API as
 * the page's own request context sees it; fails the test when the demo has no such course.
 */
export async function courseId(page: Page, name: string): Promise<string> {
  const answer = await page.request.get('/graphql/', { params: { query: '{ major { courses { id name } } }' } });
  expect(answer.ok()).toBeTruthy();
  const { data } = (await answer.json()) as { data: { major: { courses: { id: string; name: string }[] } } };
  const course = data.major.courses.find((c) => c.name === name);
  expect(course, `${name} in the demo major`).toBeTruthy();
  return course!.id;
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
