import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { HEADING_LINK_CLASS } from '../markdown/heading-link-class.ts';
import { folderSize } from '../utils/folder-size.ts';
import { isUsedIndexFile, SEARCH_INDEX_DIR } from './bundle.ts';
import { fold } from './query.ts';
import { shardFolder, shardsOf, SHARDS_FILE, type ShardList } from './shards.ts';

/** A page to index: its file in the build folder and the address it is found at. */
export interface IndexedPage {
  /** Relative to the build folder ("a/index.html"). */
  file: string;
  /** Relative to the site's base, from "/" ("/a/"): the search page adds the base. */
  url: string;
}

/** Pages given to Pagefind at a time: its service reads them as they come. */
const BATCH = 200;

/** What the first shard keeps beyond the index: the others need neither the module nor the WebAssembly. */
function isUsedShardFile(name: string, first: boolean): boolean {
  return isUsedIndexFile(name) && (first || (name !== 'pagefind.js' && !name.startsWith('wasm.')));
}

/**
 * Writes the search index of the built site in `output`, with Pagefind: the text of each page's
 * `data-pagefind-body`, by the language of its `<html lang>`, in shards of at most `shardPages`
 * pages (./shards.ts), each by an indexer of its own that is ended before the next starts, so
 * the memory of one shard is held at a time. Returns the lines to log.
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
): Promise<void> {
  const started = performance.now();
  const bundle = path.join(output, SEARCH_INDEX_DIR);
  const shards = shardsOf(pages, shardPages);
  // No shard of an earlier index into the same folder is left for the search page to merge.
  rmSync(bundle, { recursive: true, force: true });
  for (const [at, shard] of shards.entries()) {
    const shardStarted = performance.now();
    const folder = path.join(bundle, shardFolder(at + 1));
    try {
      const { index, errors } = await pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] });
      if (!index) throw new Error(errors.join('; '));
      for (let from = 0; from < shard.length; from += BATCH) {
        const added = await Promise.all(
          shard.slice(from, from + BATCH).map((page) =>
            // Read again here, a batch at a time, rather than held since the pages were written.
            index.addHTMLFile({ url: page.url, content: fold(readFileSync(path.join(output, page.file), 'utf8')) }),
          ),
        );
        const failed = added.flatMap((result) => result.errors);
        if (failed.length > 0) throw new Error(failed.join('; '));
      }
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    } finally {
      // Ends Pagefind's indexer process, and with it the memory this shard took.
      await pagefind.close();
    }
    for (const name of readdirSync(folder)) {
      if (!isUsedShardFile(name, at === 0)) rmSync(path.join(folder, name), { recursive: true });
    }
    if (shards.length > 1) {
      log(
        `search index shard ${at + 1}/${shards.length}: ${shard.length} page(s), ${kilobytes(folderSize(folder))} kB, ${seconds(shardStarted)} s`,
      );
    }
  }
  const list: ShardList = { shards: shards.slice(1).map((_, at) => shardFolder(at + 2)) };
  writeFileSync(path.join(bundle, SHARDS_FILE), JSON.stringify(list));
  log(
    `search index: ${pages.length} article page(s) in ${shards.length} shard(s), ${kilobytes(folderSize(bundle))} kB in ${SEARCH_INDEX_DIR}/, ${seconds(started)} s`,
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
