import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import { HEADING_LINK_CLASS } from '../markdown/heading-link-class.ts';
import { isUsedIndexFile } from './bundle.ts';
import { indexInput } from './index-input.ts';
import type { IndexedPage } from './indexer.ts';

/** One shard for a helper to write: its pages in the build folder, and where its index goes. */
export interface ShardJob {
  output: string;
  pages: IndexedPage[];
  folder: string;
  /** The first shard also keeps Pagefind's module and WebAssembly, which the search page loads. */
  first: boolean;
}

/** Pages given to Pagefind at a time: its service reads them as they come. */
const BATCH = 200;

/** What a shard keeps beyond the index: the others need neither the module nor the WebAssembly. */
function isUsedShardFile(name: string, first: boolean): boolean {
  return isUsedIndexFile(name) && (first || (name !== 'pagefind.js' && !name.startsWith('wasm.')));
}

/**
 * Writes one shard with `pagefind`'s indexer (its service, one per instance of the module), ended
 * with the shard, and with it the memory the shard took.
 */
export async function writeShard({ output, pages, folder, first }: ShardJob, pagefind: typeof Pagefind): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] });
    if (!index) throw new Error(errors.join('; '));
    for (let from = 0; from < pages.length; from += BATCH) {
      // Read here, a batch at a time, rather than held since the pages were written; all of a batch
      // before any is sent, so a page that cannot be read leaves none waiting for the indexer.
      const files = pages
        .slice(from, from + BATCH)
        .map((page) => ({ url: page.url, content: indexInput(readFileSync(path.join(output, page.file), 'utf8')) }));
      // Every answer awaited, failed or not: closing the indexer fails those still waiting, and in
      // this process a failure nobody awaits would end it with a stack trace.
      const added = await Promise.allSettled(files.map((file) => index.addHTMLFile(file)));
      const failed = added.flatMap((result) =>
        result.status === 'rejected'
          ? [String((result.reason as Error)?.message ?? result.reason)]
          : result.value.errors,
      );
      if (failed.length > 0) throw new Error(failed.join('; '));
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(folder)) {
    if (!isUsedShardFile(name, first)) rmSync(path.join(folder, name), { recursive: true });
  }
}
