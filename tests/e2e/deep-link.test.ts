import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, PHONE, useBrowserSite } from '../support/browser';
import { ARTICLE_PATHS } from '../support/pages';

/** The anchor the original Docs article used for its title; old links still point at it. */
const LEGACY_ID = 'transfer-licenses-between-tenants';

describe.skipIf(!chromiumPath)('legacy deep link', () => {
  const site = useBrowserSite();

  const cases = ARTICLE_PATHS.flatMap((path) => [PHONE, DESKTOP].map((view) => ({ path, ...view })));

  test.for(cases)(`$path#${LEGACY_ID} at $width×$height scrolls the title to the top`, async (c) => {
    const { page } = await openPage(site.browser, `${site.url}${c.path}#${LEGACY_ID}`, c);
    try {
      const result = await page.evaluate((id) => {
        const target = document.getElementById(id);
        if (!target) return undefined;
        const rect = target.getBoundingClientRect();
        const root = document.documentElement;
        return {
          tag: target.localName,
          top: rect.top,
          bottom: rect.bottom,
          scrollMargin: parseFloat(getComputedStyle(target).scrollMarginBlockStart) || 0,
          scrolledToEnd: Math.abs(scrollY - (root.scrollHeight - innerHeight)) <= 1,
        };
      }, LEGACY_ID);
      expect(result?.tag).toBe('h1');
      if (!result) return;
      // The title is in view, and at the top unless the page is too short to scroll that far.
      expect(result.top).toBeGreaterThanOrEqual(0);
      expect(result.bottom).toBeLessThanOrEqual(c.height);
      if (!result.scrolledToEnd) expect(Math.abs(result.top - result.scrollMargin)).toBeLessThanOrEqual(4);
      // On a phone the article is long enough: the title lands at the very top.
      if (c.width === PHONE.width) expect(result.scrolledToEnd).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
