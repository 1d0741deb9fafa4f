import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, PHONE, useBrowserSite } from '../support/browser';
import { ALL_PATHS, MISSING_PATH } from '../support/pages';
import { report, runAxe } from '../support/axe';

describe.skipIf(!chromiumPath)('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const site = useBrowserSite();

  const cases = ALL_PATHS.flatMap((path) =>
    (['light', 'dark'] as const).flatMap((colorScheme) =>
      [DESKTOP, PHONE].map((viewport) => ({ path, colorScheme, ...viewport })),
    ),
  );

  test.for(cases)('$path in $colorScheme at $width×$height has no violations', async (view) => {
    // The site's Content-Security-Policy rightly blocks injected scripts; axe needs an exception.
    const { page, response } = await openPage(site.browser, site.url + view.path, { ...view, bypassCSP: true });
    try {
      expect(response?.status()).toBe(view.path === MISSING_PATH ? 404 : 200);
      const results = await runAxe(page);
      // The run really checked the page: these rules apply to every page of the site.
      expect(results.passed).toEqual(expect.arrayContaining(['html-has-lang', 'document-title', 'color-contrast']));
      expect(results.violations, report(results.violations)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
