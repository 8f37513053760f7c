// Full-page screenshots of the main pages at desktop and phone widths in both languages, for a
// person to look at (`npm run screenshots -w web`). Files go to web/test-results/screenshots/.
import { expect, test } from '@playwright/test';
import { findCourseNode, setLanguage, waitForGraph } from './helpers';

const OUT = 'test-results/screenshots';
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 }, scale: 1, touch: false },
  { name: '390', viewport: { width: 390, height: 844 }, scale: 1, touch: true },
] as const;
const LANGUAGES = ['zh-CN', 'en'] as const;

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`home and course pages, ${language}, ${size.name}px`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: size.viewport,
        deviceScaleFactor: size.scale,
        isMobile: size.touch,
        hasTouch: size.touch,
      });
      const page = await context.newPage();
      await setLanguage(page, language);

      await page.goto('/');
      await waitForGraph(page);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${OUT}/home-${language}-${size.name}.png`, fullPage: true });

      const node = await findCourseNode(page, '数控加工工艺与编程');
      await page.goto(`/courses/${node.id}`);
      await expect(page.getByTestId('course-name')).toBeVisible();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/course-${language}-${size.name}.png`, fullPage: true });

      await page.goto('/no-such-page');
      await expect(page.getByTestId('not-found')).toBeVisible();
      await page.screenshot({ path: `${OUT}/not-found-${language}-${size.name}.png` });
      await context.close();
    });
  }
}
