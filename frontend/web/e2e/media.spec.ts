// Converted media (issue 5, M2 M3 C3) against the real e2e server, whose demo files were converted before it
// served and whose worker converts what the tests upload: a video streams through hls.js with its poster,
// audio draws its waveform, documents show page images, images come as <picture>, simulations run
// sandboxed from their unpacked package; and an upload shows its conversion progress, then its preview.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import { choose, chooseMany, expectUploaded, loginAs, unique } from './studio-helpers';

interface Converted {
  id: string;
  title: string;
  type: string;
  file: { mime: string } | null;
  media: {
    state: string;
    hlsUrl: string;
    posterUrl: string;
    audioUrl: string;
    peaksUrl: string;
    packageUrl: string;
    pages: string[];
    images: { width: number; url: string; fallbackUrl: string }[];
  } | null;
}

/** Published resources of some types with their converted media, from the public API (no ids guessed). */
async function convertedOf(request: APIRequestContext, types: string[], keep: (r: Converted) => boolean, what: string): Promise<Converted> {
  const query = `query E2eMediaResources($filter: ResourceFilterInput) {
    resources(filter: $filter, limit: 100) {
      items {
        id title type file { mime }
        media { state hlsUrl posterUrl audioUrl peaksUrl packageUrl pages images { width url fallbackUrl } }
      }
    }
  }`;
  const answer = await request.get('/graphql/', { params: { query, variables: JSON.stringify({ filter: { types } }) } });
  expect(answer.ok()).toBeTruthy();
  const body = (await answer.json()) as { data: { resources: { items: Converted[] } } };
  const found = body.data.resources.items.find((r) => r.media?.state === 'SUCCEEDED' && keep(r));
  expect(found, `a converted ${what} in the demo data`).toBeTruthy();
  return found as Converted;
}

/** Whether an <img> finished loading a real picture. */
const loaded = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test.describe('converted media', () => {
  test('a video streams its HLS ladder through hls.js, with the poster', async ({ page, request }) => {
    const video = await convertedOf(request, ['VIDEO'], (r) => Boolean(r.media?.hlsUrl && r.media.posterUrl), 'video');
    const master = page.waitForResponse((response) => response.url().endsWith(video.media!.hlsUrl) && response.ok());
    await page.goto(`/resources/${video.id}`);
    await expect(page.getByTestId('resource-title')).toHaveText(video.title);
    const preview = page.getByTestId('resource-preview');
    await expect(preview).toHaveAttribute('data-viewer', 'hls');
    const player = page.getByTestId('video-player');
    await expect(player).toHaveAttribute('poster', video.media!.posterUrl);
    expect((await master).headers()['content-type']).toContain('mpegurl');
    // Chromium has no native HLS: hls.js (its own chunk) attached and fed the element from a MediaSource
    await expect(player).toHaveAttribute('data-mode', 'hlsjs');
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { message: 'video data loaded' }).toBeGreaterThanOrEqual(1);
    expect(await player.evaluate((v: HTMLVideoElement) => v.currentSrc)).toMatch(/^blob:/);
    const poster = await page.request.get(video.media!.posterUrl);
    expect(poster.ok()).toBeTruthy();
    expect(poster.headers()['content-type']).toMatch(/^image\//);
  });

  test('audio plays the normalised AAC with its waveform, which seeks on click', async ({ page, request }) => {
    const audio = await convertedOf(request, ['AUDIO'], (r) => Boolean(r.media?.audioUrl && r.media.peaksUrl), 'audio');
    await page.goto(`/resources/${audio.id}`);
    const player = page.getByTestId('audio-player');
    await expect(player).toHaveAttribute('src', audio.media!.audioUrl);
    const waveform = page.getByTestId('audio-waveform');
    await expect(waveform).toHaveAttribute('data-bars', /^[1-9]\d+$/);
    expect(await waveform.locator('rect').count()).toBe(Number(await waveform.getAttribute('data-bars')));
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);
    // Where the click asks the player to go (the embedded dev server answers no byte ranges, so the
    // browser itself may not be able to seek there; nginx and S3 do in production).
    await player.evaluate((a: HTMLAudioElement) => {
      const own = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
      Object.defineProperty(a, 'currentTime', {
        configurable: true,
        get: () => own.get!.call(a),
        set: (value: number) => {
          a.dataset.seekFraction = String(value / a.duration);
          own.set!.call(a, value);
        },
      });
    });
    const box = await waveform.boundingBox();
    expect(box).not.toBeNull();
    await waveform.click({ position: { x: box!.width / 2, y: box!.height / 2 } });
    await expect.poll(async () => Number(await player.getAttribute('data-seek-fraction'))).toBeCloseTo(0.5, 1);
  });

  test('an office document shows its page images, numbered, loading as they come', async ({ page, request }) => {
    const document = await convertedOf(
      request,
      ['PRESENTATION', 'DOCUMENT', 'SPREADSHEET'],
      (r) => r.file?.mime !== 'application/pdf' && (r.media?.pages.length ?? 0) > 1,
      'office document with pages',
    );
    await page.goto(`/resources/${document.id}`);
    const pages = page.getByTestId('page-images');
    await expect(pages).toHaveAttribute('data-pages', String(document.media!.pages.length));
    await expect(page.getByTestId('page-image')).toHaveCount(document.media!.pages.length);
    await expect.poll(() => loaded(page, '[data-testid="page-image"]'), { message: 'page 1 loaded' }).toBe(true);
    await expect(page.getByTestId('page-image').nth(1)).toHaveAttribute('loading', 'lazy');
    // scrolled into view, the last page loads too
    const last = page.getByTestId('page-image').last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(pages).toContainText(`第 ${document.media!.pages.length} 页`);
  });

  test('an image comes as a <picture> with WebP renditions and a fallback', async ({ page, request }) => {
    const image = await convertedOf(request, ['IMAGE'], (r) => (r.media?.images.length ?? 0) > 0, 'image');
    await page.goto(`/resources/${image.id}`);
    const picture = page.getByTestId('image-picture');
    const source = picture.locator('source');
    await expect(source).toHaveAttribute('type', 'image/webp');
    await expect(source).toHaveAttribute('srcset', new RegExp(`${image.media!.images[0].url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+w`));
    await expect.poll(() => loaded(page, '[data-testid="image-picture"] img')).toBe(true);
    // Chromium takes the WebP
    expect(await picture.locator('img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);
  });

  test('a simulation runs from its unpacked package, sandboxed without the site origin', async ({ page, request }) => {
    const simulation = await convertedOf(request, ['SIMULATION'], (r) => Boolean(r.media?.packageUrl), 'simulation');
    await page.goto(`/resources/${simulation.id}`);
    const frame = page.getByTestId('simulation-frame');
    await expect(frame).toHaveAttribute('src', simulation.media!.packageUrl);
    const sandbox = (await frame.getAttribute('sandbox')) ?? '';
    expect(sandbox.split(' ').sort()).toEqual(['allow-pointer-lock', 'allow-popups', 'allow-scripts']);
    expect(sandbox).not.toContain('allow-same-origin');
    await expect(page.frameLocator('[data-testid="simulation-frame"]').locator('body')).not.toBeEmpty();
  });
});

/** A small but real .docx (one paragraph of `text`): LibreOffice converts it, which takes a few seconds. */
function makeDocx(text: string): Buffer {
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      `<w:p><w:r><w:t>${text}</w:t></w:r></w:p><w:p><w:r><w:t>阶梯轴车削工艺卡：粗车、半精车、精车。</w:t></w:r></w:p></w:body></w:document>`,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, body]) => [name, strToU8(body)]))));
}

test('the editor uploads a document and watches its conversion turn into page images', async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, 'editor');
  await page.goto('/my/resources/upload');
  await expect(page.getByTestId('single-upload-form')).toBeVisible();
  const name = `阶梯轴工艺卡-${unique()}.docx`;
  await page.getByTestId('single-picker-files').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: makeDocx(`ZYK e2e ${unique()}`),
  });
  await expectUploaded(page, name);
  await choose(page, 'field-course', '数控车削加工技术');
  await choose(page, 'field-module', '轴类零件加工');
  await chooseMany(page, 'field-points', '阶梯轴车削');
  await page.getByTestId('suggest-title').click();
  await expect(page.getByTestId('field-title')).toHaveValue(/^460103-/);
  await page.getByTestId('single-save').click();
  const created = page.getByTestId('created-resource');
  await expect(created).toBeVisible();
  const id = await created.getAttribute('data-resource-id');
  expect(id).toMatch(/^\d+$/);

  // its page shows the conversion's progress (queued, then running) in place of the viewer …
  await page.goto(`/resources/${id}`);
  const preview = page.getByTestId('resource-preview');
  await expect(preview).toHaveAttribute('data-media-status', /^(converting|early)$/, { timeout: 30_000 });
  // one look at the page (the worker goes on meanwhile): the panel, or the note over an early preview
  const seen = await preview.evaluate((section) => ({
    status: section.getAttribute('data-media-status'),
    panel: section.querySelector('[data-testid="media-progress"]')?.getAttribute('data-state') ?? null,
    bar: Boolean(section.querySelector('[data-testid="media-progress"] [role="progressbar"]')),
    note: section.querySelector('[data-testid="media-progress-note"]')?.textContent ?? null,
    text: section.textContent ?? '',
  }));
  if (seen.status === 'converting') {
    expect(seen.panel).toMatch(/^(QUEUED|RUNNING)$/);
    expect(seen.bar).toBe(true);
    expect(seen.text).toMatch(/排队等待转码|正在转码/);
  } else {
    expect(seen.note).toContain('仍在转码中');
  }
  // … and, without a reload, its page images once the worker is done
  await expect(preview).toHaveAttribute('data-media-status', 'done', { timeout: 150_000 });
  await expect(preview).toHaveAttribute('data-viewer', 'pages');
  await expect(page.getByTestId('media-progress')).toHaveCount(0);
  await expect.poll(() => loaded(page, '[data-testid="page-image"]')).toBe(true);

  // 我的资源 shows it converted
  await page.goto('/my/resources');
  const row = page.locator(`[data-testid="resource-row"][data-id="${id}"]`);
  await expect(row.getByTestId('media-status')).toHaveAttribute('data-state', 'SUCCEEDED');
});
