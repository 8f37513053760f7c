import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, loginWithPassword, nextSmsCode, randomPhone, smsCount } from './account-helpers';
import { setLanguage } from './helpers';

/**
 * Accounts (O2) and the personal space (O3) against the real e2e server; codes by SMS go through the
 * fake Alibaba Cloud SMS server (scripts/e2e.sh) and are read back from it. Each test uses fresh
 * random phone numbers, so the suite can run again on the same database.
 */

test.describe.serial('a new user registers by SMS and later recovers the password', () => {
  const phone = randomPhone();
  const password = `Zyk-e2e-${Math.random().toString(36).slice(2, 8)}A1`;

  test('register with a phone number and an SMS code, land logged in in the personal space', async ({ page, request }) => {
    await page.goto('/register');
    const start = page.getByTestId('register-start-form');
    await start.getByLabel('手机号').fill(phone);
    await start.getByLabel('密码', { exact: true }).fill(password);
    // The policy hint ticks off the rules as the password is typed.
    await expect(page.getByTestId('password-hint').locator('li[data-ok="true"]')).toHaveCount(3);
    await start.getByLabel('确认密码').fill(password);
    const before = await smsCount(request, phone);
    await start.getByTestId('register-start-submit').click();

    await expect(page.getByTestId('code-sent-to')).toContainText(phone);
    await expect(page.getByTestId('send-code')).toContainText(/秒后重发/);
    const code = await nextSmsCode(request, phone, before);
    await page.getByTestId('code-input').fill(code);
    await page.getByTestId('register-verify-submit').click();

    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByTestId('account-page')).toBeVisible();
    await expect(page.getByTestId('profile-phone')).toContainText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    await expect(page.getByTestId('user-menu')).toBeVisible();
  });

  test('recover the password by SMS and log in with the new one', async ({ page, request }) => {
    const newPassword = `${password}-New2`;
    await page.goto('/forgot-password');
    await page.getByTestId('reset-start-form').getByLabel('手机号').fill(phone);
    const before = await smsCount(request, phone);
    await page.getByTestId('reset-start-submit').click();

    const form = page.getByTestId('reset-complete-form');
    await expect(form).toBeVisible();
    const code = await nextSmsCode(request, phone, before);
    await form.getByTestId('code-input').fill(code);
    await form.getByLabel('新密码').fill(newPassword);
    await form.getByLabel('确认密码').fill(newPassword);
    await form.getByTestId('reset-complete-submit').click();
    await expect(page.getByTestId('reset-done')).toBeVisible();

    await page.getByTestId('reset-login-link').click();
    await expect(page).toHaveURL(/\/login/);
    await loginWithPassword(page, phone, newPassword, '/login?next=/me/security');
    await expect(page).toHaveURL(/\/me\/security$/);
    await expect(page.getByTestId('password-change-form')).toBeVisible();
  });
});

test('the demo teacher logs in, sees the login history and devices, and logs out', async ({ page }) => {
  expect(DEMO_PASSWORD, 'E2E_ACCOUNT_PASSWORD must be set (scripts/e2e.sh does)').not.toBe('');
  await loginWithPassword(page, 'teacher', DEMO_PASSWORD, '/login?next=%2Fme%2Fhistory');

  await expect(page).toHaveURL(/\/me\/history$/);
  await expect(page.getByTestId('account-name')).toContainText('张海涛');
  const history = page.getByTestId('login-history');
  await expect(history.getByTestId('login-history-row').first()).toContainText('登录');
  await expect(history.getByTestId('login-history-row').first()).toContainText('成功');

  await page.getByTestId('account-tab-devices').click();
  await expect(page).toHaveURL(/\/me\/devices$/);
  const current = page.locator('[data-testid="session-row"][data-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current.getByTestId('this-device')).toHaveText('本设备');

  await page.getByTestId('user-menu').click();
  await page.getByTestId('header-logout').click();
  await expect(page.getByTestId('header-login')).toBeVisible();
  await page.goto('/me');
  await expect(page).toHaveURL(/\/login\?next=%2Fme$/);
});

test('a wrong password shows the translated error, in Chinese and in English', async ({ page }) => {
  await loginWithPassword(page, 'learner', 'Wrong-password-1');
  const alert = page.getByTestId('form-alert');
  await expect(alert).toHaveAttribute('data-code', 'INVALID_CREDENTIALS');
  await expect(alert).toContainText('账号或密码错误');
  // The explanation is the server's own, translated by the Accept-Language the client sent.
  await expect(alert.getByTestId('form-alert-message')).toHaveText('账号或密码错误。');
  await expect(page).toHaveURL(/\/login$/);

  await setLanguage(page, 'en');
  await loginWithPassword(page, 'learner', 'Wrong-password-2');
  await expect(alert).toContainText('Wrong account or password');
  await expect(alert.getByTestId('form-alert-message')).toContainText('The account or password is wrong.');
});

test('login and personal space at phone width, for the docs', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'one set of screenshots, taken at 390 px');
  const out = path.resolve(info.config.rootDir, '../../../docs/screenshots');
  await page.goto('/login');
  await expect(page.getByTestId('login-page')).toBeVisible();
  await page.screenshot({ path: path.join(out, 'login-zh-390.png'), fullPage: true });

  await loginWithPassword(page, 'teacher', DEMO_PASSWORD, '/login?next=%2Fme');
  await expect(page.getByTestId('profile-facts')).toBeVisible();
  await expect(page.getByTestId('roles-list')).toBeVisible();
  await page.screenshot({ path: path.join(out, 'me-zh-390.png'), fullPage: true });
});
