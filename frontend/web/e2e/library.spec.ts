// The public resource library (M3, M8) against the demo data: an anonymous visitor searches, refines by
// type, watches a video, reads PDF pages, runs a simulation; downloading needs a login, after which the
// demo learner gets the file as an attachment.
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './account-helpers';

const shots = (info: { config: { rootDir: string } }) => path.resolve(info.config.rootDir, '../../../docs/screenshots');

interface FoundResource {
  id: string;
  title: string;
  type: string;
  downloadRequiresLogin: boolean;
  file: { mime: string } | null;
}

/** Published resources of some types, straight from the public API (to pick ids without guessing titles). */
async function resourcesOf(request: APIRequestContext, types: string[]): Promise<FoundResource[]> {
  const query = `query E2eLibraryResources($filter: ResourceFilterInput) {
    resources(filter: $filter, limit: 100) { items { id title type downloadRequiresLogin file { mime } } }
  }`;
  const answer = await request.get('/graphql/', { params: { query, variables: JSON.stringify({ filter: { types } }) } });
  expect(answer.ok()).toBeTruthy();
  const body = (await answer.json()) as { data: { resources: { items: FoundResource[] } } };
  return body.data.resources.items;
}

async function oneOf(request: APIRequestContext, types: string[], keep: (r: FoundResource) => boolean, what: string) {
  const found = (await resourcesOf(request, types)).find(keep);
  expect(found, `a published ${what} in the demo data`).toBeTruthy();
  return found as FoundResource;
}

/** Scrolls through the results so lazy image covers load before a full-page screenshot. */
async function coversLoaded(page: Page) {
  await page.mouse.move(0, 0); // no card left in its hover state
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect
    .poll(() => page.locator('.zyk-resource-card__cover').evaluateAll((images) => images.every((img) => (img as HTMLImageElement).complete)))
    .toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

test.describe('resource library', () => {
  test('an anonymous visitor searches, refines by type and watches a video', async ({ page }, info) => {
    await page.goto('/');
    await page.getByTestId(isPhone(page) ? 'nav-library-phone' : 'nav-library').click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.getByTestId('library-results')).toBeVisible();

    const search = page.getByRole('combobox', { name: '搜索资源' });
    await search.fill('数控 加工');
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=%E6%95%B0%E6%8E%A7(\+|%20)%E5%8A%A0%E5%B7%A5/);
    await expect(page.getByTestId('library-body')).toHaveAttribute('data-stale', 'false');
    await expect(page.getByTestId('library-total')).toContainText('“数控 加工”共找到');
    expect(await page.getByTestId('resource-card').count()).toBeGreaterThan(0);

    // the facets count the matches; on phones they are behind the 筛选 button
    if (isPhone(page)) await page.getByTestId('open-filters').click();
    const typeFacet = page.getByTestId('facet-type');
    await expect(typeFacet).toBeVisible();
    const video = typeFacet.locator('label', { hasText: '视频' });
    await expect(video.locator('.zyk-facet__count')).toHaveText(/^[1-9]\d*/);
    if (info.project.name === 'desktop') {
      await coversLoaded(page);
      await page.screenshot({ path: path.join(shots(info), 'library-zh-1280.png'), fullPage: true });
    }
    await video.click();
    if (isPhone(page)) await page.getByTestId('filters-done').click();
    await expect(page).toHaveURL(/[?&]type=video/);
    await expect(page.getByTestId('active-filter')).toContainText('视频');
    await expect(page.getByTestId('library-body')).toHaveAttribute('data-stale', 'false');
    // every result is a video once the filtered page replaced the previous one
    await expect
      .poll(async () => [...new Set(await page.getByTestId('resource-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-type'))))])
      .toEqual(['VIDEO']);
    if (info.project.name === 'phone') {
      await coversLoaded(page);
      await page.screenshot({ path: path.join(shots(info), 'library-zh-390.png'), fullPage: true });
    }

    // back keeps the search (the state is in the URL)
    await page.goBack();
    await expect(page).not.toHaveURL(/type=video/);
    await page.goForward();
    await expect(page).toHaveURL(/type=video/);

    await page.getByTestId('resource-card-link').first().click();
    await expect(page.getByTestId('resource-page')).toHaveAttribute('data-type', 'VIDEO');
    const player = page.getByTestId('video-player');
    await expect(player).toBeVisible();
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { message: 'video metadata loaded' }).toBeGreaterThanOrEqual(1);
    await expect(page).toHaveTitle(/ · 专业教学资源库$/);
    if (info.project.name === 'desktop') {
      await page.waitForTimeout(1500); // the player's loading spinner fades
      await page.screenshot({ path: path.join(shots(info), 'resource-video-zh-1280.png'), fullPage: true });
    }
  });

  test('a PDF document shows its pages', async ({ page, request }, info) => {
    const pdf = await oneOf(request, ['DOCUMENT', 'PRESENTATION'], (r) => r.file?.mime === 'application/pdf', 'PDF');
    await page.goto(`/resources/${pdf.id}`);
    await expect(page.getByTestId('resource-title')).toHaveText(pdf.title);
    // the e2e server converted the demo: the pages come as images (pdf.js draws PDFs not converted yet)
    const viewer = page.getByTestId('page-images');
    await expect(viewer).toBeVisible();
    const first = viewer.getByTestId('page-image').first();
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 }).toBe(true);
    // the first page is a drawn page, not a blank sheet
    const inked = await first.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context?.drawImage(img, 0, 0);
      const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 160) dark += 1;
      return dark;
    });
    expect(inked).toBeGreaterThan(50);
    if (info.project.name === 'phone') {
      await page.screenshot({ path: path.join(shots(info), 'resource-pdf-zh-390.png'), fullPage: false });
    }
  });

  test('a simulation runs in a sandboxed frame', async ({ page, request }) => {
    const simulation = await oneOf(request, ['SIMULATION'], () => true, 'simulation');
    await page.goto(`/resources/${simulation.id}`);
    const frame = page.getByTestId('simulation-frame');
    // the unpacked package (converted) or the zip through the package view; never the site's origin
    await expect(frame).toHaveAttribute('sandbox', /^allow-scripts allow-pointer-lock( allow-popups)?$/);
    await expect(frame).toHaveAttribute('src', new RegExp(`^/resources/${simulation.id}/(package/|media/\\d+/.+\\.html$)`));
    await expect(page.frameLocator('[data-testid="simulation-frame"]').locator('body')).not.toBeEmpty();
  });

  test('downloading needs a login; then the demo learner gets the file', async ({ page, request }) => {
    expect(DEMO_PASSWORD, 'E2E_ACCOUNT_PASSWORD must be set (scripts/e2e.sh does)').not.toBe('');
    const locked = await oneOf(request, ['VIDEO', 'DOCUMENT', 'IMAGE', 'AUDIO'], (r) => r.downloadRequiresLogin && r.file !== null, 'resource that needs a login to download');
    await page.goto(`/resources/${locked.id}`);
    await expect(page.getByTestId('resource-title')).toHaveText(locked.title);
    await expect(page.getByTestId('resource-download')).toHaveCount(0);
    expect((await page.request.get(`/resources/${locked.id}/download`)).status()).toBe(401);

    await page.getByTestId('resource-login-to-download').click();
    await expect(page).toHaveURL(new RegExp(`/login\\?next=%2Fresources%2F${locked.id}$`));
    const form = page.getByTestId('password-login-form');
    await form.getByLabel(/账号|Account/).fill('learner');
    await form.getByLabel(/^密码$|^Password$/).fill(DEMO_PASSWORD);
    await form.getByTestId('login-submit').click();

    await expect(page).toHaveURL(new RegExp(`/resources/${locked.id}$`));
    const download = page.getByTestId('resource-download');
    await expect(download).toBeVisible();
    const href = await download.getAttribute('href');
    expect(href).toBe(`/resources/${locked.id}/download`);
    const answer = await page.request.get(href as string);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-disposition']).toMatch(/^attachment;/);
  });

  test('an unknown resource is a 404 page', async ({ page }) => {
    await page.goto('/resources/999999999');
    await expect(page.getByTestId('not-found')).toBeVisible();
  });
});
