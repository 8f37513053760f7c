import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { setLanguage } from './helpers';
import { loginAdministrator, loginOnly, passTwoFactorOnPage, passwordLoginCodes } from './manage-helpers';

/**
 * The management console (管理中心) against the real e2e server with the demo administrators
 * (create_demo_accounts): orgadmin administers the first host institution, auditor is the audit
 * administrator. Both pass TOTP two-factor login with codes computed here from the enrolled secret.
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SHOTS = 'test-results/manage';

async function shot(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 0;
  await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
}

/** Narrows the role holders to account names containing `text`. */
async function searchMembers(page: Page, text: string) {
  const search = page.getByRole('searchbox', { name: '账号、手机号或姓名' });
  await search.fill(text);
  await search.press('Enter');
  await expect(page.getByTestId('member-row').first()).toBeVisible();
}

async function navSections(page: Page) {
  const nav = page.getByTestId('manage-nav');
  await expect(nav).toBeVisible();
  return nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

test.describe.serial('an organisation administrator', () => {
  test('is sent to two-factor login first, then sees the construction board and the menu entry', async ({ page }) => {
    const login = await loginOnly(page, 'orgadmin');
    expect(login.twoFactorRequired).toBe(true);

    await page.goto('/manage/rosters');
    await expect(page).toHaveURL(/\/two-factor\?next=%2Fmanage%2Frosters$/);

    await passTwoFactorOnPage(page, 'orgadmin', login.me.twoFactor.enrolled);
    await expect(page).toHaveURL(/\/manage\/rosters$/);
    await expect(page.getByTestId('rosters-page')).toBeVisible();
    await page.goto('/manage');
    await expect(page).toHaveURL(/\/manage\/organisations$/);
    expect(await navSections(page)).toEqual(['/manage/organisations', '/manage/rosters', '/manage/roles']);
    const board = page.getByTestId('construction-board');
    await expect(board.getByTestId('board-card').first()).toBeVisible();
    // A host administrator invites, creates and assigns.
    await expect(board.getByTestId('board-invite').first()).toBeVisible();
    await expect(board.getByTestId('board-assign').first()).toBeVisible();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('header-manage').click();
    await expect(page).toHaveURL(/\/manage\/organisations$/);
  });

  test('assigns a construction task and reports progress on it', async ({ page }) => {
    await loginAdministrator(page, 'orgadmin');
    await page.goto('/manage/organisations');
    const card = page.getByTestId('board-card').first();
    await card.getByTestId('board-assign').click();
    const form = page.getByTestId('task-assign');
    await form.getByText('资源建设').click();
    const title = `E2E 微课资源 ${Date.now().toString(36)}`;
    await page.getByTestId('task-assign-title').fill(title);
    await form.getByLabel('目标数量').fill('40');
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('截止日期').fill(due);
    await form.getByLabel('截止日期').press('Enter');
    await page.getByTestId('task-assign-submit').click();
    // A table row on desktop, a list item on phones.
    const row = card.locator('tr, li').filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(row).toContainText('0 / 40');

    await row.getByTestId('task-report-open').click();
    await page.getByTestId('task-report-count').fill('10');
    await page.getByTestId('task-report-submit').click();
    await expect(row).toContainText('10 / 40');
    await expect(row).toContainText('25%');
    await shot(page, 'organisations');
  });

  test('uploads a roster, sees its problems by line, then its entries', async ({ page }) => {
    await loginAdministrator(page, 'orgadmin');
    await page.goto('/manage/rosters');
    await expect(page.getByTestId('rosters-page')).toBeVisible();
    await expect(page.getByTestId('roster-template')).toHaveAttribute('href', '/accounts/roster-template.xlsx');
    const input = page.getByTestId('roster-upload').locator('input[type=file]');

    await input.setInputFiles(path.join(FIXTURES, 'roster-problems.xlsx'));
    const refused = page.getByTestId('roster-upload-error');
    await expect(refused).toContainText('花名册未导入');
    const problems = page.getByTestId('roster-problems');
    await expect(problems.getByRole('row')).toHaveCount(4);
    await expect(problems).toContainText('第 2 行');
    await expect(problems).toContainText('第 4 行');
    await shot(page, 'rosters-problems');

    await input.setInputFiles(path.join(FIXTURES, 'roster-valid.xlsx'));
    await expect(page.getByTestId('roster-upload-success')).toContainText('导入完成');
    const table = page.getByTestId('roster-table');
    await expect(table).toContainText('E2E2401');
    await expect(table).toContainText('E2ET001');

    const search = page.getByRole('searchbox', { name: '输入学号/工号片段或完整姓名' });
    await search.fill('E2ET');
    await search.press('Enter');
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(table).toContainText('E2ET001');
    await shot(page, 'rosters');
  });

  test('gives a person a role in the organisation and takes it away again from the list of role holders', async ({ page }) => {
    await loginAdministrator(page, 'orgadmin');
    await page.goto('/manage/roles');
    const members = page.getByTestId('role-members');
    await expect(members.getByTestId('member-row').first()).toBeVisible();
    await searchMembers(page, 'teacher');
    const teacherRows = members.locator('[data-testid="member-row"][data-username="teacher"]');
    await expect(teacherRows.filter({ hasText: '教师' })).toHaveCount(1);

    const form = page.getByTestId('role-form');
    await form.getByLabel('用户账号').fill('teacher');
    // One drop-down at a time: the closing one stays in the page while it fades out.
    const openList = page.locator('.ant-select-dropdown:visible');
    await form.getByLabel('角色', { exact: true }).click();
    await openList.locator('.ant-select-item-option').filter({ hasText: '审核员' }).click();
    await expect(openList).toHaveCount(0);
    await page.getByTestId('role-assign').click();
    // The list of role holders shows the new role at once.
    const reviewerRow = teacherRows.filter({ hasText: '审核员' });
    await expect(reviewerRow).toHaveCount(1);

    await reviewerRow.getByTestId('member-revoke').click();
    await page.getByTestId('member-revoke-confirm').click();
    await expect(reviewerRow).toHaveCount(0);
    await expect(teacherRows.filter({ hasText: '教师' })).toHaveCount(1);

    // An unknown account is refused with the server's translated reason, under the field.
    await form.getByLabel('用户账号').fill('nobody-such');
    await page.getByTestId('role-assign').click();
    await expect(form).toContainText('该账号不存在。');
  });

  test('sees the role holders of the organisation masked, and one member in full (audited)', async ({ page }) => {
    await loginAdministrator(page, 'orgadmin');
    await page.goto('/manage/roles');
    await expect(page.getByLabel('所属机构')).toBeVisible();
    const members = page.getByTestId('role-members');
    const rows = members.getByTestId('member-row');
    await expect(rows.first()).toBeVisible();
    // Phones, where a member has one, are masked like 138****1234; names like 张*涛.
    for (const phone of await members.getByTestId('member-phone').allTextContents()) {
      expect(phone).toMatch(/^(手机号：)?(—|\d{3}\*{4}\d{4})$/);
    }
    await shot(page, 'roles');

    await searchMembers(page, 'teacher');
    const teacher = members.locator('[data-testid="member-row"][data-username="teacher"]').first();
    await expect(teacher.getByTestId('member-name')).toHaveText('张*涛');
    await teacher.getByTestId('member-reveal').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('personal-data-name')).toHaveText('张海涛');
    await expect(dialog.getByTestId('personal-data-audited')).toContainText('本次查看已记入审计日志');
    await shot(page, 'roles-reveal');
    await dialog.getByTestId('personal-data-close').click();
    await expect(dialog).toHaveCount(0);
  });
});

test.describe.serial('the security administrator', () => {
  test('sees the role holders but is told plainly that full personal data is not theirs to see', async ({ page }) => {
    await loginAdministrator(page, 'secadmin');
    await page.goto('/manage');
    await expect(page).toHaveURL(/\/manage\/roles$/);
    expect(await navSections(page)).toEqual(['/manage/roles']);
    const members = page.getByTestId('role-members');
    await expect(members.getByTestId('member-row').first()).toBeVisible();
    await searchMembers(page, 'teacher');
    await members.locator('[data-testid="member-row"][data-username="teacher"]').first().getByTestId('member-reveal').click();
    const problem = page.getByRole('dialog').getByTestId('personal-data-problem');
    await expect(problem).toContainText('没有访问权限');
    await expect(problem).toContainText('只有该成员所在机构的机构管理员可以查看未脱敏的个人信息');
    await expect(page.getByTestId('personal-data-name')).toHaveCount(0);
  });
});

test.describe.serial('the system administrator', () => {
  test('finds accounts, disables and enables one, lifts a lockout, and may not disable their own', async ({ page, playwright, baseURL }) => {
    // The demo learner locks itself out with five wrong passwords (from a context of its own, so the
    // administrator's session in the page is untouched).
    const elsewhere = await playwright.request.newContext({ baseURL });
    for (let i = 0; i < 5; i += 1) expect(await passwordLoginCodes(elsewhere, 'learner', 'not-the-password')).not.toEqual([]);

    await loginAdministrator(page, 'sysadmin');
    await page.goto('/manage');
    await expect(page).toHaveURL(/\/manage\/organisations$/);
    expect(await navSections(page)).toEqual(['/manage/organisations', '/manage/users']);
    await page.getByTestId('manage-nav-users').click();
    await expect(page).toHaveURL(/\/manage\/users$/);
    const row = (username: string) => page.locator(`[data-testid="user-row"][data-username="${username}"]`);
    await expect(row('sysadmin')).toContainText('系统管理员');

    const search = page.getByRole('searchbox', { name: '账号、邮箱、手机号或姓名' });
    await search.fill('teacher');
    await search.press('Enter');
    const teacher = row('teacher');
    await expect(page.getByTestId('user-row')).toHaveCount(1);
    await expect(teacher.getByTestId('user-status')).toHaveText('正常');
    await expect(teacher).toContainText('张*涛');

    await teacher.getByTestId('user-disable').click();
    await expect(page.getByRole('dialog')).toContainText('所有设备上的登录会立即结束');
    await page.getByTestId('user-confirm').click();
    await expect(teacher.getByTestId('user-status')).toHaveText('已停用');
    // Disabled means disabled: the teacher cannot log in now.
    expect(await passwordLoginCodes(elsewhere, 'teacher')).not.toEqual([]);

    // The whole list: the disabled teacher, the locked-out learner, the administrators' roles.
    // The list refreshing after the action can re-render the box with the old text: clear until it stays empty.
    await expect(async () => {
      await search.fill('');
      await expect(search).toHaveValue('', { timeout: 1000 });
    }).toPass();
    await search.press('Enter');
    await expect(row('learner').getByTestId('user-status')).toHaveText('已锁定');
    await expect(teacher.getByTestId('user-status')).toHaveText('已停用');
    await shot(page, 'users');

    await row('learner').getByTestId('user-unlock').click();
    await expect(row('learner').getByTestId('user-status')).toHaveText('正常');
    await expect(row('learner').getByTestId('user-unlock')).toHaveCount(0);
    expect(await passwordLoginCodes(elsewhere, 'learner')).toEqual([]);

    await teacher.getByTestId('user-enable').click();
    await page.getByTestId('user-confirm').click();
    await expect(teacher.getByTestId('user-status')).toHaveText('正常');
    expect(await passwordLoginCodes(elsewhere, 'teacher')).toEqual([]);
    await elsewhere.dispose();

    // One's own account is refused with a translated alert.
    await search.fill('sysadmin');
    await search.press('Enter');
    await expect(page.getByTestId('user-row')).toHaveCount(1);
    await row('sysadmin').getByTestId('user-disable').click();
    await page.getByTestId('user-confirm').click();
    const problem = page.getByTestId('users-problem');
    await expect(problem).toContainText('与现有信息冲突');
    await expect(problem).toContainText('不能停用自己的账号。');
    await expect(row('sysadmin').getByTestId('user-status')).toHaveText('正常');
  });

  test('is refused the audit log', async ({ page }) => {
    await loginAdministrator(page, 'sysadmin');
    await page.goto('/manage/audit');
    await expect(page.getByTestId('manage-no-access')).toContainText('没有访问权限');
    await expect(page.getByTestId('audit-table')).toHaveCount(0);
  });
});

test.describe.serial('the audit administrator', () => {
  test('sees only the audit log, filters it and gets the CSV export of the same filters', async ({ page }) => {
    await loginAdministrator(page, 'auditor');
    await page.goto('/manage');
    await expect(page).toHaveURL(/\/manage\/audit$/);
    expect(await navSections(page)).toEqual(['/manage/audit']);

    const table = page.getByTestId('audit-table');
    await expect(table.locator('tbody tr.ant-table-row').first()).toContainText(/\S/);
    await page.getByTestId('audit-filter-action').fill('login');
    await page.getByTestId('audit-search').click();
    await expect(table.locator('tbody tr.ant-table-row').first()).toContainText('login');

    const exportLink = page.getByTestId('audit-export');
    await expect(exportLink).toHaveAttribute('href', '/audit/export.csv?action=login');
    const csv = await page.request.get('/audit/export.csv?action=login');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('login');
    await shot(page, 'audit');

    // Other sections are refused with a message, not a blank page.
    await page.goto('/manage/rosters');
    await expect(page.getByTestId('manage-no-access')).toContainText('没有访问权限');
  });

  test('reads the console in English', async ({ page }) => {
    await setLanguage(page, 'en');
    await loginAdministrator(page, 'auditor');
    await page.goto('/manage/audit');
    await expect(page.getByRole('navigation', { name: 'Management sections' })).toContainText('Audit log');
    await expect(page.getByTestId('audit-export')).toContainText('Export CSV');
    await expect(page.getByTestId('audit-table')).toContainText(/Success|Failure|Denied/);
    await shot(page, 'audit-en');
  });
});

test('a visitor who is not logged in is asked to log in before accepting an invitation', async ({ page }) => {
  await page.goto('/invitations/accept?token=abc');
  await expect(page.getByTestId('invitation-page')).toHaveAttribute('data-state', 'logged-out');
  await expect(page.getByTestId('invitation-login')).toHaveAttribute('href', `/login?next=${encodeURIComponent('/invitations/accept?token=abc')}`);
});
