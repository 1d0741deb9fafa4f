import { describe, expect, test } from 'vitest';
import { chromiumPath, openPage, PHONE, readThrough, useBuiltSite, WIDE } from '../support/browser';
import { testAccessiblePages } from '../support/accessible-pages';
import { projectOperationsAvailable, projectOperationsDir, projectOperationsEnglishDir } from '../support/corpus';

/** The article of ProjectOperations with the most screenshots (22), taken in its English repository. */
const ARTICLE = '/environment/resource-provision-new-environment/';

describe.skipIf(!chromiumPath || !projectOperationsAvailable)('screenshots in an article of a real repository', () => {
  const site = useBuiltSite(projectOperationsDir, { CONTENT_FALLBACK_DIR: projectOperationsEnglishDir });

  test.for([WIDE, PHONE])(
    'at $width px nothing moves as the images load, and each is served converted at its own size',
    async (view) => {
      const { page } = await openPage(site.browser, site.url + ARTICLE, view);
      try {
        // Every layout shift from the first paint on, the reader's own scrolling aside.
        await page.evaluate(() => {
          const record = window as unknown as { shifts: number[] };
          record.shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) record.shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await readThrough(page);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
        const images = await page.evaluate(() =>
          [...document.querySelectorAll('article img')].map((image) => {
            const img = image as HTMLImageElement;
            return {
              src: img.getAttribute('src') ?? '',
              width: Number(img.getAttribute('width')),
              height: Number(img.getAttribute('height')),
              natural: [img.naturalWidth, img.naturalHeight],
              loading: img.loading,
            };
          }),
        );
        expect(images).toHaveLength(22);
        for (const image of images) {
          expect(image.src).toMatch(/^\/_astro\/.+\.webp$/);
          // The width and height written in the page are the file's own: the space kept is the image's.
          expect(image.natural, image.src).toEqual([image.width, image.height]);
        }
        expect(images.map(({ loading }) => loading)).toEqual(['eager', ...Array(21).fill('lazy')]);
      } finally {
        await page.context().close();
      }
    },
  );

  // Light and dark, wide (navigation beside the article) and on a phone.
  testAccessiblePages(site, [ARTICLE]);
});
