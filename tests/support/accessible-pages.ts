import { expect, test } from 'vitest';
import { report, runAxe } from './axe';
import { DESKTOP, openPage, PHONE, type BrowserSite } from './browser';

/**
 * One test per page, colour scheme and screen size: axe finds no WCAG A/AA violation (colour
 * contrast among the rules that ran) and nothing scrolls sideways.
 */
export function testAccessiblePages(site: BrowserSite, pagePaths: readonly string[]): void {
  const cases = pagePaths.flatMap((pagePath) =>
    (['light', 'dark'] as const).flatMap((colorScheme) =>
      [DESKTOP, PHONE].map((viewport) => ({ pagePath, colorScheme, ...viewport })),
    ),
  );
  test.for(cases)(
    '$pagePath in $colorScheme at $width×$height: no axe violations, no sideways scroll',
    async (view) => {
      // axe is injected as a script, which the pages' own policy rightly forbids.
      const { page } = await openPage(site.browser, site.url + view.pagePath, { ...view, bypassCSP: true });
      try {
        const results = await runAxe(page);
        expect(results.passed).toContain('color-contrast');
        expect(results.violations, report(results.violations)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.context().close();
      }
    },
  );
}
