import type { Page } from 'playwright-core';
import { DESKTOP, openPage, type BrowserSite } from './browser';

/** Waits until the search page says what it found (or that it found nothing, or could not search). */
export function searchDone(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status !== '' && status !== 'Meklē…';
  });
}

/** The search page's results as a reader sees them. */
export function listedResults(page: Page): Promise<{ title: string; href: string; marked: string[] }[]> {
  return page.$$eval('[data-results] li', (items) =>
    items.map((item) => ({
      title: item.querySelector('a')!.textContent!,
      href: item.querySelector('a')!.getAttribute('href')!,
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!),
    })),
  );
}

/** How many articles the search page says it found for `query` (0 when it says nothing was). */
export async function foundOnPage(site: BrowserSite, query: string): Promise<number> {
  const { page } = await openPage(site.browser, `${site.url}/meklet/?q=${encodeURIComponent(query)}`, DESKTOP);
  try {
    await searchDone(page);
    const status = (await page.locator('[role="status"]').textContent()) ?? '';
    return Number(/atrast[si] (\d+) rakst/.exec(status)?.[1] ?? 0);
  } finally {
    await page.context().close();
  }
}

/**
 * Words readers of the collection look for, each typed in one of its forms: nouns of several
 * declensions, verbs, and words whose forms change their last consonant (licence → licenču).
 */
export const RECALL_QUERIES = [
  'licenci',
  'pastkastēm',
  'lietotājiem',
  'paroli',
  'administratoram',
  'abonementa',
  'domēnu',
  'ierīcēs',
  'grupas',
  'sapulci',
  'pārsūtīt',
  'iestatījumos',
] as const;

/**
 * Every result's address for a search, straight from the page's Pagefind module with every shard
 * of the index merged, asked as the search page asks it (src/search/search-page.ts), and the
 * milliseconds until the results (not their excerpts) were known. The script is a string so that
 * the test runner leaves its import() alone.
 */
export function pagefindSearch(
  page: Page,
  terms: string,
  forms: readonly string[] = [],
): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    // The index's other shards, merged once per page as the search page merges them.
    await (globalThis.shardsMerged ??= (async () => {
      const list = await fetch('/pagefind/shards.json').then((response) => (response.ok ? response.json() : { shards: [] }));
      for (const shard of list.shards) await pagefind.mergeIndex('/pagefind/' + shard);
    })());
    const started = performance.now();
    await Promise.all(${JSON.stringify(forms)}.map((form) => pagefind.preload(form)));
    const { results } = await pagefind.search(${JSON.stringify(terms)});
    const ms = performance.now() - started;
    const urls = (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
    return { urls, ms };
  })()`);
}
