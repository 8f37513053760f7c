// Question bank review against the real e2e server (issue 7: C4, M5). The demo teacher (lead of
// 数控加工工艺与编程) writes an item with a formula and submits it through GraphQL, as the SPA editor does;
// the demo reviewer (host institution) finds it in the Wagtail admin's 题库 list, opens it, looks at the
// learner preview (KaTeX) and approves it; the team's bank then reads it as published. The reviewer always
// uses a desktop-sized browser (the Wagtail admin is a desktop tool); each run writes its own item.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './account-helpers';
import { courseId } from './helpers';
import { graphql } from './manage-helpers';
import { unique } from './studio-helpers';

const COURSE = '数控加工工艺与编程';
const ITEM = 'id status live stem';

/** Signs a demo account in through the admin's login form (the same session serves GraphQL). */
async function adminLogin(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/admin/login/');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/admin\/$/);
}

/** The reviewer opens the item from the admin list, previews it and approves it in the editor's footer. */
async function approveInAdmin(browser: Browser, baseURL: string, id: string, marker: string, shots: (name: string) => string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await adminLogin(page, 'reviewer');

  // The 题库 list shows the item in review (status column); the search narrows it to this run's item.
  await page.goto(`/admin/snippets/questions/question/?q=${encodeURIComponent(marker)}`);
  const row = page.locator('table.listing tbody tr', { hasText: marker });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/审核中|In review/);
  await page.screenshot({ path: shots('question-admin-list-1280.png'), fullPage: true });

  await row.locator(`a[href$="/edit/${id}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/edit/${id}/$`));

  // The preview panel renders the item as a learner sees it, the formula typeset by KaTeX.
  await page.locator('[data-side-panel-toggle="preview"]').click();
  const preview = page.frameLocator('iframe[id="w-preview-iframe"]');
  await expect(preview.locator('.stem')).toContainText(marker);
  await expect(preview.locator('.stem .katex').first()).toBeVisible();
  await expect(preview.locator('ol.options li')).toHaveCount(2);
  await page.screenshot({ path: shots('question-admin-preview-1280.png') });

  // 通过 (approve) without a comment sits in the footer's action menu.
  const approve = page.locator('footer button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])');
  if (!(await approve.isVisible())) await page.locator('footer [data-w-dropdown-target="toggle"]').first().click();
  await expect(approve).toHaveText(/通过|批准|Approve/);
  await approve.click();
  await expect(page.locator('.messages')).toContainText(marker);
  await context.close();
}

test('a teacher submits a question; the host reviewer approves it in the admin and it is published', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(180_000);
  expect(DEMO_PASSWORD, 'E2E_ACCOUNT_PASSWORD must be set (scripts/e2e.sh does)').not.toBe('');
  const course = await courseId(page, COURSE);
  const marker = `审核题${unique()}`;

  // The teacher writes a draft with a formula and submits it.
  await adminLogin(page, 'teacher');
  const created = await graphql(
    page,
    `mutation ($course: ID!, $input: QuestionInput!) { questionCreate(courseId: $course, input: $input) { ok errors { message } question { ${ITEM} } } }`,
    {
      course,
      input: {
        questionType: 'SINGLE',
        stem: `<p>${marker}：切削速度 <span data-latex="v_c=\\frac{\\pi d n}{1000}"></span> 中 d 是？</p>`,
        content: { options: [{ key: 'A', text: '工件直径' }, { key: 'B', text: '刀具长度' }], answer: 'A' },
        explanation: '<p>d 为工件直径（mm）。</p>',
        difficulty: 2,
      },
    },
  );
  expect(created.questionCreate.errors).toEqual([]);
  const id = created.questionCreate.question.id as string;
  const submitted = await graphql(page, `mutation ($id: ID!) { questionSubmit(id: $id) { ok errors { message } question { ${ITEM} } } }`, { id });
  expect(submitted.questionSubmit.errors).toEqual([]);
  expect(submitted.questionSubmit.question.status).toBe('IN_REVIEW');

  await approveInAdmin(browser, baseURL!, id, marker, (name) => info.outputPath(name));

  // The team's bank now reads it as published.
  const after = await graphql(page, `query ($id: ID!) { question(id: $id) { ${ITEM} } }`, { id });
  expect(after.question.status).toBe('PUBLISHED');
  expect(after.question.live).toBe(true);
});
