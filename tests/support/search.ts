/*
 * What the search tests and the search benchmark (tests/bench/search.ts) share. The benchmark loads
 * it with plain Node, so it names each file it imports and needs no browser: the search page as a
 * browser sees it is ./search-page.ts.
 */
import type { Page } from 'playwright-core';

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
