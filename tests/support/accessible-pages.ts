import { expect, test } from 'vitest';
import { report, runAxe } from './axe';
import type { Page } from 'playwright-core';
import { DESKTOP, openPage, PHONE, type BrowserSite } from './browser';

/**
 * One test per page, colour scheme and screen size: axe finds no WCAG A/AA violation (colour
 * contrast among the rules that ran) and nothing scrolls sideways. `ready` waits for what a page
 * shows after it has loaded (the search page's results).
 */
export function testAccessiblePages(
  site: BrowserSite,
  pagePaths: readonly string[],
  ready?: (page: Page) => Promise<unknown>,
): void {
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
        await ready?.(page);
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
