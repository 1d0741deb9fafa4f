import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build';
import { chromiumPath, DESKTOP, newPage, useBuiltSite } from '../support/browser';

// The hostile articles with the page's Content-Security-Policy switched off, as a host or proxy
// that rewrites HTML, a saved copy or an extension would leave them: the page itself must be safe.
describe.skipIf(!chromiumPath)('hostile articles in the browser, without the policy', () => {
  const site = useBuiltSite(path.join(projectRoot, 'tests/fixtures/hostile'));

  test.for(['/raw-html/', '/code/'])(
    '%s: clicking and hovering every element opens no dialog, runs nothing, asks no other host',
    async (pagePath) => {
      const page = await newPage(site.browser, { ...DESKTOP, bypassCSP: true });
      const dialogs: string[] = [];
      const foreign: string[] = [];
      const followed: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const origin = new URL(site.url).origin;
      await page.route('**/*', (route) => {
        const request = route.request();
        if (new URL(request.url()).origin === origin) return route.continue();
        // A reader's click on a link may leave the site; anything else asked of another host may not.
        (request.isNavigationRequest() ? followed : foreign).push(request.url());
        return route.abort();
      });
      try {
        await page.goto(site.url + pagePath, { waitUntil: 'load' });
        const links = await page.$$eval('article a[href]', (anchors) =>
          anchors.map((a) => (a as HTMLAnchorElement).href),
        );
        const elements = page.locator('article *');
        const count = await elements.count();
        expect(count).toBeGreaterThan(5);
        for (let index = 0; index < count; index++) {
          const element = elements.nth(index);
          if (!(await element.isVisible())) continue;
          await element.hover({ force: true, timeout: 1_000 }).catch(() => undefined);
          await element.click({ force: true, timeout: 1_000, noWaitAfter: true }).catch(() => undefined);
          if (page.url() !== site.url + pagePath) await page.goto(site.url + pagePath, { waitUntil: 'load' });
        }
        await page.waitForTimeout(200);
        expect(dialogs).toEqual([]);
        expect(foreign).toEqual([]);
        expect(await page.evaluate(() => document.title)).not.toMatch(/alert|xss/i);
        for (const url of followed) expect(links).toContain(url);
      } finally {
        await page.context().close();
      }
    },
  );
});
