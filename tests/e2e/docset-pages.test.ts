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
