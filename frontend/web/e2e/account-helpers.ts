import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The fake Alibaba Cloud SMS server that scripts/e2e.sh starts (its /_fake/messages lists what it got). */
export const SMS_URL = process.env.E2E_SMS_URL ?? 'http://127.0.0.1:8025';

/** The password scripts/e2e.sh gives every demo account. */
export const DEMO_PASSWORD = process.env.E2E_ACCOUNT_PASSWORD ?? '';

/** A fresh mainland mobile number for each test: 139 and eight random digits. */
export function randomPhone(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

interface SmsRecord {
  phone: string;
  params: { code?: string };
}

async function messagesTo(request: APIRequestContext, phone: string): Promise<SmsRecord[]> {
  const answer = await request.get(`${SMS_URL}/_fake/messages?phone=${phone}`);
  expect(answer.ok(), `fake SMS server at ${SMS_URL}`).toBeTruthy();
  return (await answer.json()) as SmsRecord[];
}

/** How many texts `phone` got so far; pass it to `nextSmsCode` before asking for a code. */
export async function smsCount(request: APIRequestContext, phone: string): Promise<number> {
  return (await messagesTo(request, phone)).length;
}

/** Waits for text number `after + 1` to `phone` and returns its code. */
export async function nextSmsCode(request: APIRequestContext, phone: string, after: number): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const messages = await messagesTo(request, phone);
        code = messages.length > after ? (messages[messages.length - 1].params.code ?? '') : '';
        return code;
      },
      { message: `an SMS code to ${phone}`, timeout: 15_000 },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

/** Logs in on /login with account name (or phone) and password. */
export async function loginWithPassword(page: Page, account: string, password: string, path = '/login') {
  await page.goto(path);
  const form = page.getByTestId('password-login-form');
  await form.getByLabel(/账号|Account/).fill(account);
  await form.getByLabel(/^密码$|^Password$/).fill(password);
  await form.getByTestId('login-submit').click();
}
