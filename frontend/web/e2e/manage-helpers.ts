import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';

/** The password scripts/e2e.sh gives every demo account (create_demo_accounts --password-env). */
export const ADMIN_PASSWORD = process.env.E2E_ACCOUNT_PASSWORD ?? '';

const STEP = 30;

function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) of a base32 secret for time step `counter`. */
export function totp(secret: string, counter = Math.floor(Date.now() / 1000 / STEP)): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', base32(secret)).update(message).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

/**
 * The authenticator of each demo administrator, kept between tests (and the desktop and phone runs)
 * in a file: the secret, and the last time step used, since a code is accepted once only.
 */
const STORE = join(tmpdir(), `zyk-e2e-totp-${new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8001').port}.json`);
type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;
type Authenticators = Record<string, { secret: string; lastStep: number; cookies?: Cookies }>;
const load = (): Authenticators => (existsSync(STORE) ? (JSON.parse(readFileSync(STORE, 'utf8')) as Authenticators) : {});
const save = (all: Authenticators) => writeFileSync(STORE, JSON.stringify(all));

/** A code for `username` that the server has not seen yet (waits for the next time step if needed). */
async function freshCode(username: string, secret: string): Promise<string> {
  const all = load();
  let step = Math.floor(Date.now() / 1000 / STEP);
  const last = all[username]?.secret === secret ? all[username].lastStep : -1;
  while (step <= last) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    step = Math.floor(Date.now() / 1000 / STEP);
  }
  save({ ...load(), [username]: { ...load()[username], secret, lastStep: step } });
  return totp(secret, step);
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** Sends a GraphQL operation from the page, as the SPA does (POST, CSRF token from the cookie). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the tests
export async function graphql(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const answer = (await page.evaluate(
    async ({ query, variables }) => {
      const token = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch('/graphql/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRFToken': decodeURIComponent(token) },
        body: JSON.stringify({ query, variables }),
        credentials: 'same-origin',
      });
      return response.json();
    },
    { query, variables },
  )) as GraphQLAnswer;
  expect(answer.errors ?? [], JSON.stringify(answer.errors)).toEqual([]);
  return answer.data ?? {};
}

const PAYLOAD = 'ok errors { code message }';
const ME = 'me { username isAdministrator twoFactor { required enrolled verified } }';

/** Logs a demo account in by password (no two-factor step yet). */
export async function loginOnly(page: Page, username: string) {
  expect(ADMIN_PASSWORD, 'E2E_ACCOUNT_PASSWORD (make test-e2e sets it)').not.toBe('');
  await page.goto('/');
  const data = await graphql(
    page,
    `mutation ($account: String!, $password: String!) { loginWithPassword(account: $account, password: $password) { ${PAYLOAD} twoFactorRequired ${ME} } }`,
    { account: username, password: ADMIN_PASSWORD },
  );
  expect(data.loginWithPassword.errors).toEqual([]);
  return data.loginWithPassword as { twoFactorRequired: boolean; me: { twoFactor: { enrolled: boolean } } };
}

/**
 * Passes two-factor login for a logged-in demo administrator: on first use it enrols an authenticator
 * (twoFactorEnrolStart → secret → twoFactorEnrolConfirm), later it verifies with a code from the kept secret.
 */
export async function passTwoFactor(page: Page, username: string, enrolled: boolean) {
  if (!enrolled) {
    const started = await graphql(page, `mutation { twoFactorEnrolStart { ${PAYLOAD} secret otpauthUrl } }`);
    expect(started.twoFactorEnrolStart.errors).toEqual([]);
    const secret = started.twoFactorEnrolStart.secret as string;
    save({ ...load(), [username]: { secret, lastStep: -1 } });
    const confirmed = await graphql(page, `mutation ($code: String!) { twoFactorEnrolConfirm(code: $code) { ${PAYLOAD} } }`, {
      code: await freshCode(username, secret),
    });
    expect(confirmed.twoFactorEnrolConfirm.errors).toEqual([]);
  } else {
    const secret = load()[username]?.secret;
    expect(secret, `the authenticator secret of ${username} (enrolled earlier in this run)`).toBeTruthy();
    const verified = await graphql(page, `mutation ($code: String!) { twoFactorVerify(code: $code) { ${PAYLOAD} } }`, {
      code: await freshCode(username, secret as string),
    });
    expect(verified.twoFactorVerify.errors).toEqual([]);
  }
  const state = await graphql(page, `query { ${ME} }`);
  expect(state.me.twoFactor.verified).toBe(true);
}

/**
 * Logs a demo administrator in and passes two-factor login. The verified session is kept and reused by
 * later tests (a code works once per 30 s, so every fresh login could wait that long).
 */
export async function loginAdministrator(page: Page, username: string) {
  const kept = load()[username]?.cookies;
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto('/');
    const state = await graphql(page, `query { ${ME} }`);
    if (state.me?.username === username && state.me.twoFactor.verified) return;
    await page.context().clearCookies();
  }
  const login = await loginOnly(page, username);
  if (login.twoFactorRequired) await passTwoFactor(page, username, login.me.twoFactor.enrolled);
  const all = load();
  save({ ...all, [username]: { ...all[username], cookies: await page.context().cookies() } });
}

/**
 * Passes two-factor login on the /two-factor page the app sent us to: on first use it reads the new
 * secret the page shows (as a person would type it into an authenticator app), later it uses the kept one.
 */
export async function passTwoFactorOnPage(page: Page, username: string, enrolled: boolean) {
  const form = page.getByTestId('two-factor-form');
  await expect(form).toBeVisible();
  let secret: string;
  if (enrolled) {
    secret = load()[username]?.secret ?? '';
    expect(secret, `the authenticator secret of ${username} (enrolled earlier in this run)`).not.toBe('');
  } else {
    const shown = page.getByTestId('two-factor-secret');
    await expect(shown).toHaveText(/[A-Z2-7]{4}/);
    secret = ((await shown.textContent()) ?? '').replace(/\s/g, '');
    save({ ...load(), [username]: { secret, lastStep: -1 } });
  }
  await form.locator('input').first().fill(await freshCode(username, secret));
  await page.getByTestId('two-factor-submit').click();
}

/**
 * Tries a demo account's password login (the demo password unless another is given) from `request`, a
 * context of its own so the page's administrator session is untouched. Returns the error codes: [] when
 * the login worked.
 */
export async function passwordLoginCodes(request: APIRequestContext, username: string, password = ADMIN_PASSWORD): Promise<string[]> {
  await request.get('/');
  const token = (await request.storageState()).cookies.find((cookie) => cookie.name === 'csrftoken')?.value ?? '';
  const response = await request.post('/graphql/', {
    headers: { 'Content-Type': 'application/json', 'X-CSRFToken': token },
    data: {
      query: `mutation ($account: String!, $password: String!) { loginWithPassword(account: $account, password: $password) { ${PAYLOAD} } }`,
      variables: { account: username, password },
    },
  });
  const answer = (await response.json()) as { data?: { loginWithPassword?: { errors: { code: string }[] } }; errors?: unknown[] };
  expect(answer.errors ?? [], JSON.stringify(answer.errors)).toEqual([]);
  return (answer.data?.loginWithPassword?.errors ?? []).map((error) => error.code);
}
