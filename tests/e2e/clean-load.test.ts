import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, newPage, useBrowserSite } from '../support/browser';
import { ALL_PATHS, MISSING_PATH } from '../support/pages';

interface ScriptParsed {
  url: string;
  executionContextAuxData?: { isDefault?: boolean };
}

describe.skipIf(!chromiumPath)('clean load', () => {
  const site = useBrowserSite();

  test.for(ALL_PATHS)('%s loads without errors, foreign requests or JavaScript', async (path) => {
    const page = await newPage(site.browser, DESKTOP);
    try {
      // Scripts the page itself runs, seen by the DevTools protocol in the page's main world.
      const cdp = await page.context().newCDPSession(page);
      const pageScripts: string[] = [];
      cdp.on('Debugger.scriptParsed', (event: ScriptParsed) => {
        if (event.executionContextAuxData?.isDefault) pageScripts.push(event.url || '(inline script)');
      });
      await cdp.send('Debugger.enable');

      const messages: string[] = [];
      const requests: { url: string; type: string }[] = [];
      const failed: string[] = [];
      const errorResponses: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          messages.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
      page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
      page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) errorResponses.push(`${response.status()} ${response.url()}`);
      });

      const url = site.url + path;
      const response = await page.goto(url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // Taken before this test evaluates anything in the page itself.
      const scriptsRunByPage = [...pageScripts];

      if (path === MISSING_PATH) {
        // The deliberate 404: the document answers 404, and Chromium logs that once.
        expect(response?.status()).toBe(404);
        expect(errorResponses).toEqual([`404 ${url}`]);
        expect(messages).toEqual([expect.stringMatching(/^error: Failed to load resource: .*404/)]);
      } else {
        expect(response?.status()).toBe(200);
        expect(errorResponses).toEqual([]);
        expect(messages).toEqual([]);
      }
      expect(failed).toEqual([]);
      // Nothing leaves the site's origin, and no script file is fetched: after the document,
      // only the page's own stylesheets from _astro/.
      expect(requests[0]).toEqual({ url, type: 'document' });
      expect(requests.filter((r) => new URL(r.url).origin !== site.url)).toEqual([]);
      expect(requests.filter((r) => r.type === 'script')).toEqual([]);
      const sheets = requests.slice(1).filter((r) => r.type === 'stylesheet');
      expect(sheets.length).toBeGreaterThan(0);
      expect(sheets.filter((r) => !/^\/_astro\/[\w.-]+\.css$/.test(new URL(r.url).pathname))).toEqual([]);
      expect(requests.slice(1).filter((r) => r.type !== 'stylesheet')).toEqual([]);
      expect(scriptsRunByPage).toEqual([]);

      const dom = await page.evaluate(() => ({
        scripts: document.scripts.length,
        inlineHandlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((attr) => /^on/i.test(attr.name)).map((attr) => `${el.localName}[${attr.name}]`),
        ),
        javascriptUrls: [...document.querySelectorAll('[href], [src], [action]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((value) => /^\s*javascript:/i.test(value)),
      }));
      expect(dom).toEqual({ scripts: 0, inlineHandlers: [], javascriptUrls: [] });
    } finally {
      await page.context().close();
    }
  });
});
