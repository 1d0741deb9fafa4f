import { describe, expect, test } from 'vitest';
import { chromiumPath, openPage, useBuiltSite } from '../support/browser';
import { testAccessiblePages } from '../support/accessible-pages';
import { projectOperationsAvailable, projectOperationsDir, projectOperationsEnglishDir } from '../support/corpus';

/** The article of ProjectOperations with the most screenshots (22), taken in its English repository. */
const ARTICLE = '/environment/resource-provision-new-environment/';

const WIDE = { width: 1440, height: 900 } as const;
const PHONE = { width: 390, height: 844 } as const;

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
        // Down the page a screen at a time, so every lazy image loads where the reader would see it.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y <= height; y += view.height) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          // The images in sight have loaded (and taken their place) before the reader reads on.
          await page.waitForFunction(() =>
            [...document.images]
              .filter((image) => {
                const { top, bottom } = image.getBoundingClientRect();
                return bottom >= 0 && top <= window.innerHeight;
              })
              .every((image) => image.complete),
          );
        }
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
