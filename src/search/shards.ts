/**
 * How the search index is cut into shards: Pagefind's indexer holds the whole of one index in
 * memory while it writes it (1.62 GB for 28,150 pages, 174 MB for a tenth of them), so past a
 * number of pages (SEARCH_SHARD_PAGES: src/context/settings.ts) the index is written as several,
 * each by an indexer run of its own, and the search page merges them (Pagefind's `mergeIndex`).
 */

/** Beside the first shard's files: the folders of the others, which the search page merges. */
export const SHARDS_FILE = 'shards.json';

/** What `shards.json` holds: the other shards' folders, relative to the index's own. */
export interface ShardList {
  shards: string[];
}

/**
 * Indexers at work at once, at most: two side by side take both cores of a small machine within
 * its memory (./indexer.ts).
 */
export const MOST_INDEXERS_AT_ONCE = 2;

/**
 * The pages of each shard, in as few shards as the bound allows, and past one a multiple of
 * MOST_INDEXERS_AT_ONCE: no indexer then writes the last shard alone while the other core waits
 * (98,525 pages: eight shards of 12,316 in four rounds of two, not seven of 14,075 with the
 * seventh alone). The same count on any machine, so a site's index does not depend on its cores.
 * Pages are dealt out in turn (the first to shard 1, the second to shard 2, ...) rather than cut
 * into runs: each shard is then a sample of the whole site, so its word frequencies and page
 * lengths, by which Pagefind ranks within one index, are close to the whole site's, and merged
 * results rank as one index would.
 */
export function shardsOf<T>(pages: readonly T[], maxPages: number): T[][] {
  const fewest = Math.max(1, Math.ceil(pages.length / Math.max(1, Math.floor(maxPages))));
  const count = fewest === 1 ? 1 : Math.ceil(fewest / MOST_INDEXERS_AT_ONCE) * MOST_INDEXERS_AT_ONCE;
  const shards: T[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, at) => shards[at % count]!.push(page));
  return shards;
}

/** The folder of shard `n` (from 1) inside the index folder: "" for the first, "shard-2/" for the second. */
export function shardFolder(n: number): string {
  return n <= 1 ? '' : `shard-${n}/`;
}

/** Whether a name from `shards.json` is a shard's folder as `shardFolder` names it, and nothing else. */
export function isShardFolder(name: unknown): name is string {
  return typeof name === 'string' && /^shard-\d+\/$/.test(name);
}
