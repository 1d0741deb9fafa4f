import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testAccessiblePages } from '../support/accessible-pages';
import { projectRoot } from '../support/build';
import { chromiumPath, DESKTOP, openPage, useBuiltSite } from '../support/browser';

// A whole repository: tabs, zones, columns, code, breadcrumbs and the TOC page.
describe.skipIf(!chromiumPath)('doc set pages in the browser', () => {
  const site = useBuiltSite(path.join(projectRoot, 'tests/fixtures/docset'));

  testAccessiblePages(site, [
    '/guides/platforms/',
    '/guides/getting-started/',
    '/reference/terms/',
    '/satura-raditajs/',
    '/',
  ]);

  test('every tab and zone is on the page for keyboard and screen reader, without script', async () => {
    const { page } = await openPage(site.browser, `${site.url}/guides/platforms/`, DESKTOP);
    try {
      const visible = await page.$$eval('.tab, .zone', (nodes) =>
        nodes.map((node) => (node as HTMLElement).offsetHeight > 0 && node.textContent!.trim() !== ''),
      );
      expect(visible).toEqual([true, true, true, true]);
      const tabNames = await page.$$eval('.tab', (nodes) =>
        nodes.map((node) => document.getElementById(node.getAttribute('aria-labelledby')!)?.textContent),
      );
      expect(tabNames).toEqual(['Windows', 'macOS']);
    } finally {
      await page.context().close();
    }
  });

  /** Where the page's regions stand, and whether anything scrolls sideways. */
  async function regions(width: number, height = 900) {
    const { page } = await openPage(site.browser, `${site.url}/guides/getting-started/`, { width, height });
    try {
      return await page.evaluate(() => {
        const box = (selector: string) => {
          const node = document.querySelector(selector);
          if (!node) return undefined;
          const { left, right, top, width } = node.getBoundingClientRect();
          return { left, right, top, width };
        };
        const header = [...document.querySelector('.site-header')!.children].map(
          (child) => child.getBoundingClientRect().top,
        );
        const current = document.querySelector('.doc-nav [aria-current="page"]');
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          headerRows: new Set(header.map((top) => Math.round(top / 8))).size,
          summaryShown: document.querySelector('.doc-nav > summary')!.checkVisibility(),
          // A closed disclosure's content is laid out but not shown.
          currentShown: current?.checkVisibility({ contentVisibilityAuto: true }) === true,
          current: current?.getAttribute('href'),
          openGroups: [...document.querySelectorAll('.doc-nav details[open] > summary')].map(
            (node) => node.textContent,
          ),
          nav: box('.doc-nav'),
          text: box('.article-body'),
          contents: box('nav.contents'),
        };
      });
    } finally {
      await page.context().close();
    }
  }

  test('at 1440 px: the tree on the left with the article marked, the text between, its contents on the right', async () => {
    const wide = await regions(1440);
    expect(wide.overflow).toBe(0);
    expect(wide.headerRows).toBe(1);
    expect(wide.summaryShown).toBe(false);
    expect(wide.currentShown).toBe(true);
    expect(wide.current).toBe('/guides/getting-started/');
    expect(wide.openGroups).toEqual(['Ceļveži']);
    expect(wide.nav!.right).toBeLessThanOrEqual(wide.text!.left);
    expect(wide.contents!.left).toBeGreaterThanOrEqual(wide.text!.right);
    // A comfortable measure: about 70 characters of 17 px type.
    expect(wide.text!.width).toBeLessThanOrEqual(760);
  });

  test('at 1024 px the header is one row and the tree a disclosure; at 390 and 320 px nothing scrolls sideways', async () => {
    const medium = await regions(1024);
    expect(medium.headerRows).toBe(1);
    expect(medium.summaryShown).toBe(true);
    expect(medium.currentShown).toBe(false);
    expect(medium.nav!.top).toBeLessThan(medium.text!.top);
    for (const width of [1024, 390, 320]) {
      const narrow = await regions(width, 844);
      expect(narrow.overflow, `${width} px`).toBe(0);
      expect(narrow.summaryShown, `${width} px`).toBe(true);
    }
  });

  test('the keyboard goes from the skip link through the header and the tree into the article, in that order', async () => {
    const { page } = await openPage(site.browser, `${site.url}/guides/getting-started/`, { width: 1440, height: 900 });
    try {
      const regions: string[] = [];
      for (let press = 0; press < 80; press++) {
        await page.keyboard.press('Tab');
        const region = await page.evaluate(() => {
          const focused = document.activeElement;
          if (!focused || focused === document.body) return 'none';
          if (focused.closest('.skip-link')) return 'skip';
          if (focused.closest('.site-header')) return 'header';
          if (focused.closest('.doc-nav')) return 'tree';
          if (focused.closest('main')) return 'article';
          return 'other';
        });
        if (regions.at(-1) !== region) regions.push(region);
        if (region === 'article') break;
      }
      expect(regions).toEqual(['skip', 'header', 'tree', 'article']);
    } finally {
      await page.context().close();
    }
  });

  test('a moved page sends the browser on to the new address', async () => {
    const { page } = await openPage(site.browser, `${site.url}/sales/old-quotes/`, DESKTOP);
    try {
      await page.waitForURL(/\/sales\/quotes\/$/, { timeout: 5_000 });
      expect(await page.locator('h1').textContent()).toBe('Piedāvājumi');
    } finally {
      await page.context().close();
    }
  });
});
