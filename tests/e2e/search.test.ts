import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { testAccessiblePages } from '../support/accessible-pages';
import { buildSite, projectRoot } from '../support/build';
import { chromiumPath, DESKTOP, newPage, openPage, useBrowserSite } from '../support/browser';
import { listedResults, searchDone } from '../support/search-page';

/**
 * Two doc sets built separately and published on one host, as the README's recipe does: the
 * repository fixture at /a/, whose index is in shards and whose search also searches /b/
 * (SEARCH_MERGE=/a/,/b/), and the DocFX fixture at /b/, which searches only itself; and /a/'s doc
 * set at /c/ with its index in one piece.
 */
describe.skipIf(!chromiumPath)('search', () => {
  let root: string | undefined;
  const docset = path.join(projectRoot, 'tests/fixtures/docset');
  const site = useBrowserSite(() => {
    root = mkdtempSync(path.join(tmpdir(), 'two-doc-sets-'));
    const builds = {
      a: buildSite({
        // Itself among the others, as when every doc set is built with one list; its index in
        // shards of three pages.
        env: { CONTENT_DIR: docset, SEARCH_MERGE: '/a/,/b/', SEARCH_SHARD_PAGES: '3' },
        args: ['--base', '/a/'],
      }),
      b: buildSite({ env: { CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/docfx') }, args: ['--base', '/b/'] }),
      // /a/'s doc set again, its index in one piece.
      c: buildSite({ env: { CONTENT_DIR: docset }, args: ['--base', '/c/'] }),
    };
    for (const [name, build] of Object.entries(builds)) {
      if (build.status !== 0) throw new Error(build.output);
      renameSync(build.outDir, path.join(root, name));
    }
    // /b/ as a site built before indexes had shards: no list of them.
    rmSync(path.join(root, 'b', 'pagefind', 'shards.json'));
    return root;
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  testAccessiblePages(site, ['/a/meklet/?q=piedāvājumu'], searchDone);

  test('finds the forms of a word, marks the words found and announces how many articles', async () => {
    const { page } = await openPage(site.browser, `${site.url}/a/meklet/?q=piedāvājumu`, DESKTOP);
    try {
      await searchDone(page);
      const status = await page.locator('[role="status"]').textContent();
      const results = await listedResults(page);
      expect(status).toBe(`Vaicājumam „piedāvājumu” atrasti ${results.length} raksti.`);
      expect(results.map((result) => result.href)).toContain('/a/sales/quotes/');
      const marked = new Set(results.flatMap((result) => result.marked.map((word) => word.toLocaleLowerCase('lv'))));
      // "piedāvājumu" was typed; the articles say "piedāvājumi", "piedāvājuma" and "piedāvājums".
      expect(marked.size).toBeGreaterThan(1);
      for (const word of marked) expect(word).toMatch(/^piedāvājum/);
      expect(await page.locator('[data-needs-script]').isHidden()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('searches every shard of an index: the same articles as one index finds', async () => {
    const shards = JSON.parse(readFileSync(path.join(root!, 'a', 'pagefind', 'shards.json'), 'utf8')) as {
      shards: string[];
    };
    // Eight article pages in shards of at most three: four shards, an even count (src/search/shards.ts).
    expect(shards.shards).toEqual(['shard-2/', 'shard-3/', 'shard-4/']);
    for (const query of ['piedāvājumu', 'termini', 'pārdošana']) {
      const found = async (base: string) => {
        const { page } = await openPage(site.browser, `${site.url}${base}meklet/?q=${query}`, DESKTOP);
        try {
          await searchDone(page);
          return (await listedResults(page)).map((result) => result.href).filter((href) => href.startsWith(base));
        } finally {
          await page.context().close();
        }
      };
      const sharded = await found('/a/');
      expect(sharded.length, query).toBeGreaterThan(0);
      expect([...sharded].map((href) => href.replace('/a/', '/c/')).sort(), query).toEqual((await found('/c/')).sort());
    }
  });

  test('says when nothing is found, rather than list what holds the start of the word', async () => {
    // Nothing starts with "zzzyyyxxx"; "pārdevējs" starts as "pārdošana" does, which Pagefind
    // would answer with in its place (src/search/held.ts), in one index as in shards.
    for (const [base, query] of [
      ['/a/', 'zzzyyyxxx'],
      ['/a/', 'pārdevējs'],
      ['/c/', 'pārdevējs'],
    ] as const) {
      const { page } = await openPage(site.browser, `${site.url}${base}meklet/?q=${query}`, DESKTOP);
      try {
        await searchDone(page);
        expect(await page.locator('[role="status"]').textContent()).toBe(`Vaicājumam „${query}” nekas netika atrasts.`);
        expect(await listedResults(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  test("searches another doc set's index as well, leading to its own addresses", async () => {
    const merged = { page: await newPage(site.browser, DESKTOP) };
    const messages: string[] = [];
    merged.page.on('console', (message) =>
      messages.push(`${message.type()}: ${message.text()} (${new URL(message.location().url).pathname})`),
    );
    await merged.page.goto(`${site.url}/a/meklet/?q=brīdinājumu`);
    const alone = await openPage(site.browser, `${site.url}/b/meklet/?q=piedāvājumu`, DESKTOP);
    try {
      await searchDone(merged.page);
      expect((await listedResults(merged.page)).map((result) => result.href)).toContain('/b/alerts-and-video/');
      // /a/ in its own list is searched once, without Pagefind's warning about merging itself;
      // /b/, built before indexes had shards, has no list of them, which the browser notes.
      expect(messages).toEqual([
        'error: Failed to load resource: the server responded with a status of 404 (Not Found) (/b/pagefind/shards.json)',
      ]);
      // /b/ merges nothing: /a/'s articles are not among its results.
      await searchDone(alone.page);
      expect((await listedResults(alone.page)).filter((result) => result.href.startsWith('/a/'))).toEqual([]);
    } finally {
      await merged.page.context().close();
      await alone.page.context().close();
    }
  });

  test("an article's header form sends the query to the search page, which keeps each search in the address", async () => {
    const { page } = await openPage(site.browser, `${site.url}/a/sales/quotes/`, DESKTOP);
    try {
      expect(await page.locator('script').count()).toBe(0);
      await page.getByRole('searchbox', { name: 'Meklēt rakstos' }).fill('piedāvājumi');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/a\/meklet\/\?q=pied/);
      await searchDone(page);
      expect((await listedResults(page)).length).toBeGreaterThan(0);

      // A second search from the page's own field: a new address, and Back returns to the first.
      const field = page.getByRole('searchbox', { name: 'Meklēt rakstos' });
      expect(await field.inputValue()).toBe('piedāvājumi');
      await field.fill('termini');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('termini'));
      expect(new URL(page.url()).searchParams.get('q')).toBe('termini');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('piedāvājumi'));
      expect(await field.inputValue()).toBe('piedāvājumi');

      // From the field, Tab reaches the button, the choice of section and then the first result.
      await field.focus();
      for (let press = 0; press < 3; press++) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null);
      expect(focused).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('narrows a search to one part of the doc set, keeps the choice in the address and shows where each result sits', async () => {
    const { page } = await openPage(site.browser, `${site.url}/a/meklet/?q=piedāvājumu`, DESKTOP);
    try {
      await searchDone(page);
      const everywhere = (await listedResults(page)).map((result) => result.href);
      expect(everywhere.some((href) => href.startsWith('/a/sales/'))).toBe(true);
      expect(everywhere.some((href) => !href.startsWith('/a/sales/'))).toBe(true);
      await page.selectOption('select[name="sadala"]', 'Pārdošana');
      await page.locator('form[data-search] button[type="submit"]').click();
      await page.waitForURL(/sadala=P%C4%81rdo%C5%A1ana/);
      await searchDone(page);
      const narrowed = (await listedResults(page)).map((result) => result.href);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.every((href) => href.startsWith('/a/sales/'))).toBe(true);
      // The address alone brings the same search back.
      await page.reload();
      await searchDone(page);
      expect(await page.locator('select[name="sadala"]').inputValue()).toBe('Pārdošana');
      expect((await listedResults(page)).map((result) => result.href)).toEqual(narrowed);
      const trail = await page.locator('[data-results] li:has(a[href="/a/sales/quotes/"]) .trail').textContent();
      expect(trail).toBe('Pārdošana');
    } finally {
      await page.context().close();
    }
  });

  test('without JavaScript the page says that search needs it and links to the A–Z list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/a/meklet/?q=piedāvājumi`);
      const notice = page.locator('[data-needs-script]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Meklēšanai nepieciešams JavaScript');
      expect(await notice.locator('a').getAttribute('href')).toBe('/a/raksti/');
    } finally {
      await context.close();
    }
  });
});
