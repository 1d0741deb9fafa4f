import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { atMostAtOnce } from '../utils/at-once.ts';
import { folderSize } from '../utils/folders.ts';
import * as pagefind from 'pagefind';
import type * as Pagefind from 'pagefind';
import { SEARCH_INDEX_DIR } from './bundle.ts';
import { writeShard } from './shard-writer.ts';
import { MOST_INDEXERS_AT_ONCE, shardFolder, shardsOf, SHARDS_FILE, type ShardList } from './shards.ts';

/** A page to index: its file in the build folder and the address it is found at. */
export interface IndexedPage {
  /** Relative to the build folder ("a/index.html"). */
  file: string;
  /** Relative to the site's base, from "/" ("/a/"): the search page adds the base. */
  url: string;
}

/**
 * Indexers at work at once. Each is a process of Pagefind's, which takes about 0.8 GB for a shard
 * of 15,000 pages and uses one core while it reads them: two side by side take both cores of a
 * small machine within its memory (28,150 pages: 21 s, one shard 31 s).
 */
const INDEXERS_AT_ONCE = Math.min(MOST_INDEXERS_AT_ONCE, availableParallelism());

/** Pagefind's module, as installed beside this project's own (as src/commands/build.ts finds Astro). */
const PAGEFIND_MODULE = new URL('../../node_modules/pagefind/lib/index.js', import.meta.url).href;

/**
 * Instances of Pagefind's module, one per indexer at work at once. The module starts one indexing
 * service (Pagefind's process) for all its indexes, which reads their pages one after another; the
 * same file imported under another address is another instance, with a service of its own. So this
 * process feeds two indexers side by side, where a helper process for each would cost about 150 MB.
 */
const pagefindInstances = (count: number): Promise<(typeof Pagefind)[]> =>
  Promise.all([
    pagefind,
    ...Array.from(
      { length: Math.max(0, count - 1) },
      (_, at) => import(/* @vite-ignore */ `${PAGEFIND_MODULE}?indexer=${at + 2}`) as Promise<typeof Pagefind>,
    ),
  ]);

/**
 * Writes the search index of the built site in `output`, with Pagefind: the text of each page's
 * `data-pagefind-body`, by the language of its `<html lang>`, in shards of at most `shardPages`
 * pages (./shards.ts), each by an indexer of its own (./shard-writer.ts), `indexersAtOnce` at a
 * time. Returns once every shard is written; `log` is told what each cost.
 *
 * Pagefind is given each page without its diacritics ("pārsūtīšana" → "parsutisana"). Why:
 * Pagefind keeps its index in chunks of words sorted as written, where a letter with a
 * diacritic sorts after "z", but it folds the query and loads the chunks where the folded word
 * would be; on 28,150 articles that lost a third of the articles holding "lietotājiem". Folded
 * on both sides, words sort where queries look for them. Pagefind has no Latvian stemmer and
 * stems nothing; the search page stems the query (./query.ts) and shows excerpts from the
 * articles as written (./excerpt.ts).
 */
export async function writeSearchIndex(
  output: string,
  pages: readonly IndexedPage[],
  shardPages: number,
  log: (line: string) => void,
  indexersAtOnce = INDEXERS_AT_ONCE,
): Promise<void> {
  const started = performance.now();
  const bundle = path.join(output, SEARCH_INDEX_DIR);
  const shards = shardsOf(pages, shardPages);
  // No shard of an earlier index into the same folder is left for the search page to merge.
  rmSync(bundle, { recursive: true, force: true });
  // Each shard is written into a folder of its own beside the index, and moved into it once all
  // are written: Pagefind empties the folder it writes, which holds the other shards' folders.
  const staged = (at: number) => `${bundle}.shard-${at + 1}`;
  let bytes = 0;
  const idle = await pagefindInstances(Math.min(indexersAtOnce, shards.length));
  try {
    await atMostAtOnce(shards, indexersAtOnce, async (shard, at) => {
      const shardStarted = performance.now();
      // No more shards are written at once than there are instances.
      const instance = idle.pop()!;
      try {
        await writeShard({ output, pages: shard, folder: staged(at), first: at === 0 }, instance);
      } catch (error) {
        throw new Error(
          `search index shard ${at + 1}/${shards.length} (${shard.length} pages) failed: ${(error as Error).message}`,
          { cause: error },
        );
      } finally {
        idle.push(instance);
      }
      const shardBytes = folderSize(staged(at));
      bytes += shardBytes;
      if (shards.length > 1) {
        log(
          `search index shard ${at + 1}/${shards.length}: ${shard.length} page(s), ${kilobytes(shardBytes)} kB, ${seconds(shardStarted)} s`,
        );
      }
    });
    shards.forEach((_, at) => renameSync(staged(at), path.join(bundle, shardFolder(at + 1))));
  } finally {
    shards.forEach((_, at) => rmSync(staged(at), { recursive: true, force: true }));
  }
  const list: ShardList = { shards: shards.slice(1).map((_, at) => shardFolder(at + 2)) };
  const listed = JSON.stringify(list);
  writeFileSync(path.join(bundle, SHARDS_FILE), listed);
  log(
    `search index: ${pages.length} article page(s) in ${shards.length} shard(s), ${kilobytes(bytes + Buffer.byteLength(listed))} kB in ${SEARCH_INDEX_DIR}/, ${seconds(started)} s`,
  );
}

const kilobytes = (bytes: number) => Math.round(bytes / 1024);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * The pages Astro's build leaves for the build command to index once Astro has ended
 * (src/commands/build.ts): then the indexer's memory and Astro's are never held at once.
 */
export interface IndexHandoff {
  output: string;
  shardPages: number;
  pages: IndexedPage[];
}

export function writeHandoff(file: string, handoff: IndexHandoff): void {
  writeFileSync(file, JSON.stringify(handoff));
}

export function readHandoff(file: string): IndexHandoff {
  return JSON.parse(readFileSync(file, 'utf8')) as IndexHandoff;
}
