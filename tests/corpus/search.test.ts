import { describe, expect, test } from 'vitest';
import { resolveContentSource } from '../../src/docset/source';
import { takeInventory } from '../../src/docset/inventory';
import { formsToPreload, searchTerms } from '../../src/search/query';
import { testAccessiblePages } from '../support/accessible-pages';
import { chromiumPath, DESKTOP, openPage, useBuiltSite } from '../support/browser';
import { corpusAvailable, corpusDir } from '../support/corpus';
import { pagefindSearch, RECALL_QUERIES } from '../support/search';
import { foundOnPage, listedResults, searchDone } from '../support/search-page';
import { readWordForms } from '../support/word-forms';

describe.skipIf(!corpusAvailable || !chromiumPath)('search on the real collection', () => {
  const site = useBuiltSite(corpusDir);

  // An A–Z page of a long list: its pagination shows a window of page numbers with gaps.
  testAccessiblePages(site, ['/raksti/15/']);

  test('an A–Z page links the first, the last and the nearby pages, not all of them', async () => {
    const { page } = await openPage(site.browser, `${site.url}/raksti/15/`, DESKTOP);
    try {
      const numbers = await page.$$eval('.pagination li', (items) => items.map((item) => item.textContent!.trim()));
      expect(numbers).toEqual(['Iepriekšējā lapa', '1', '…', '13', '14', '15', '16', '17', '…', '31', 'Nākamā lapa']);
    } finally {
      await page.context().close();
    }
  });

  test('"licenci pārsūtīt" lists "Licenču pārsūtīšana starp nomniekiem" among its first ten results', async () => {
    const { page } = await openPage(site.browser, `${site.url}/meklet/?q=licenci%20pārsūtīt`, DESKTOP);
    try {
      await searchDone(page);
      const titles = (await listedResults(page)).map((result) => result.title);
      expect(titles.length).toBeLessThanOrEqual(10);
      expect(titles).toContain('Licenču pārsūtīšana starp nomniekiem');
    } finally {
      await page.context().close();
    }
  });

  test('"Rādīt vēl" lists ten more results and moves focus to the first of them', async () => {
    const { page } = await openPage(site.browser, `${site.url}/meklet/?q=licenci`, DESKTOP);
    try {
      await searchDone(page);
      const first = await listedResults(page);
      await page.getByRole('button', { name: /Rādīt vēl/ }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length > 10);
      const both = await listedResults(page);
      expect(both).toHaveLength(20);
      expect(both.slice(0, 10)).toEqual(first);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(both[10]!.href);
    } finally {
      await page.context().close();
    }
  });

  test('for each query, the results hold every article that holds a form of the word', async () => {
    const source = resolveContentSource(corpusDir);
    const forms = readWordForms(source.folder, takeInventory(source.folder, source.docfx).articles);
    const { page } = await openPage(site.browser, `${site.url}/meklet/`, DESKTOP);
    try {
      for (const query of RECALL_QUERIES) {
        const expected = forms.articlesWith(query);
        // More than one form, in more than a handful of articles: each query tests the stemming.
        expect(forms.formsOf(query).size, query).toBeGreaterThan(1);
        expect(expected.size, query).toBeGreaterThan(5);
        const { urls: found } = await pagefindSearch(page, searchTerms(query), formsToPreload(query));
        const missing = [...expected].filter((url) => !found.includes(url));
        expect.soft(missing, `${query}: ${expected.size} articles hold a form of it`).toEqual([]);
      }
    } finally {
      await page.context().close();
    }
  });

  describe('with its index in four shards', () => {
    const sharded = useBuiltSite(corpusDir, { SEARCH_SHARD_PAGES: '1100' });

    test('finds the same articles as one index, and ranks them alike', async () => {
      const whole = await openPage(site.browser, `${site.url}/meklet/`, DESKTOP);
      const shards = await openPage(sharded.browser, `${sharded.url}/meklet/`, DESKTOP);
      try {
        const overlaps: number[] = [];
        for (const query of [...RECALL_QUERIES, 'licenci pārsūtīt']) {
          const search = (page: typeof whole.page) => pagefindSearch(page, searchTerms(query), formsToPreload(query));
          const [one, four] = [(await search(whole.page)).urls, (await search(shards.page)).urls];
          expect([...four].sort(), query).toEqual([...one].sort());
          // The search page keeps every shard's results: each holds the words (src/search/held.ts).
          expect(await foundOnPage(sharded, query), query).toBe(one.length);
          const first = new Set(one.slice(0, 10));
          overlaps.push(four.slice(0, 10).filter((url) => first.has(url)).length / first.size);
        }
        // Each shard ranks by its own word counts; dealt out in turn, they are close to the whole's
        // (measured: 0.8 to 1.0 a query, median 0.9).
        const sorted = [...overlaps].sort();
        expect(sorted[0], overlaps.join(', ')).toBeGreaterThanOrEqual(0.7);
        expect(sorted[Math.floor(sorted.length / 2)], overlaps.join(', ')).toBeGreaterThanOrEqual(0.8);
      } finally {
        await whole.page.context().close();
        await shards.page.context().close();
      }
    });
  });
});
