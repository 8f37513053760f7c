import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against a running ZYK server with the demo data (nothing is mocked).
 * The Makefile (`make test-e2e`) starts Django on port 8001 and then runs `npm run e2e`;
 * point E2E_BASE_URL elsewhere to test another server. Chromium is Debian's (/usr/bin/chromium):
 * nothing is downloaded at run time.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8001';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /screenshots\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone',
      testIgnore: /screenshots\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent,
        launchOptions,
      },
    },
    {
      // `npm run screenshots`: PNGs of the main pages for people to look at (not part of `e2e`).
      name: 'screenshots',
      testMatch: /screenshots\.spec\.ts/,
      use: { launchOptions },
    },
  ],
});
