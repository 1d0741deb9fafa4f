import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testAccessiblePages } from '../support/accessible-pages';
import { projectRoot } from '../support/build';
import { chromiumPath, DESKTOP, openPage, useBuiltSite } from '../support/browser';

// Callouts, a video link, a table, images and an index: what the collection has beyond the one article.
describe.skipIf(!chromiumPath)('DocFX pages in the browser', () => {
  const site = useBuiltSite(path.join(projectRoot, 'tests/fixtures/docfx'));

  testAccessiblePages(site, ['/', '/alerts-and-video/', '/links-and-images/']);

  test('every image loads', async () => {
    const { page } = await openPage(site.browser, `${site.url}/links-and-images/`, DESKTOP);
    try {
      const images = await page.$$eval('article img', (nodes) =>
        (nodes as HTMLImageElement[]).map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth })),
      );
      expect(images).toHaveLength(2);
      for (const image of images) expect(image.width, image.src ?? '').toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});
