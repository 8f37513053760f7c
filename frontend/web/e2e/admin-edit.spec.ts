import { expect, test } from '@playwright/test';

/**
 * Issue 2, item 3: an editor changes the training program in the Wagtail admin (Chinese UI),
 * publishes, and the SPA shows the change after a reload. Runs against the real e2e server;
 * scripts/e2e.sh gives the demo accounts the password in E2E_ACCOUNT_PASSWORD.
 */
const password = process.env.E2E_ACCOUNT_PASSWORD ?? '';

test('an editor publishes a new training goal and the home page shows it', async ({ page, request }, info) => {
  expect(password, 'E2E_ACCOUNT_PASSWORD must be set (scripts/e2e.sh does)').not.toBe('');
  const marker = `培养目标已更新-${info.project.name}-${Date.now()}`;
  // A public read goes by GET (a POST from a browser-like client needs the CSRF token).
  const answer = await request.get(`/graphql/?query=${encodeURIComponent('{ major { id } }')}`);
  const majorId = (await answer.json()).data.major.id as string;

  await page.goto('/admin/login/');
  await page.fill('input[name=username]', 'editor');
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/admin\/$/);

  await page.goto(`/admin/pages/${majorId}/edit/`);
  await page.getByRole('tab', { name: /人才培养方案/ }).click();
  await page.locator('textarea[name=training_goal]').fill(marker);
  // The publish action sits in the save menu's dropdown, as for any Wagtail editor.
  await page.locator('footer [data-w-dropdown-target="toggle"]').first().click();
  await page.locator('button[name="action-publish"]').click();
  // Wagtail warns when another tab (or its own autosave) stored a newer revision; publishing anyway
  // is what this editor wants.
  const overwrite = page.getByRole('dialog').getByRole('button', { name: '发布' });
  if (await overwrite.isVisible({ timeout: 3_000 }).catch(() => false)) await overwrite.click();
  await page.waitForURL(/\/admin\/pages\/\d+\/$/);
  await expect(page.locator('.messages').getByText(/已经发布/)).toBeVisible();

  await page.goto('/');
  await page.reload();
  await expect(page.getByText(marker)).toBeVisible();
});
