import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { HEADING_LINK_CLASS } from '../markdown/heading-links';
import { isUsedIndexFile, SEARCH_INDEX_DIR } from '../search/bundle';
import { folderSize } from '../utils/folder-size';

/**
 * Builds the search index from the built pages, with Pagefind: the text of each article's
 * `data-pagefind-body`, by the language of its `<html lang>`. Pagefind has no Latvian stemmer and
 * stems nothing here; the search page stems the query instead (src/search/query.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const output = fileURLToPath(dir);
        const bundle = path.join(output, SEARCH_INDEX_DIR);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: output });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const name of readdirSync(bundle)) {
            if (!isUsedIndexFile(name)) rmSync(path.join(bundle, name), { recursive: true });
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kilobytes = Math.round(folderSize(bundle) / 1024);
          logger.info(
            `search index: ${kilobytes} kB in ${SEARCH_INDEX_DIR}/ from ${added.page_count} page(s), ${seconds} s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
