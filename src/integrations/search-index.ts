import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages } from '../hosting/built-pages';
import { HEADING_LINK_CLASS } from '../markdown/heading-links';
import { isUsedIndexFile, SEARCH_INDEX_DIR } from '../search/bundle';
import { fold } from '../search/query';
import { folderSize } from '../utils/folder-size';
import { normalizeBase } from '../utils/paths';

/** Pages given to Pagefind at a time: its service reads them as they come. */
const BATCH = 200;

/**
 * Builds the search index from the built pages, with Pagefind: the text of each article's
 * `data-pagefind-body`, by the language of its `<html lang>`.
 *
 * Pagefind is given each page without its diacritics ("pārsūtīšana" → "parsutisana"). Why:
 * Pagefind keeps its index in chunks of words sorted as written, where a letter with a
 * diacritic sorts after "z", but it folds the query and loads the chunks where the folded word
 * would be; on 28,150 articles that lost a third of the articles holding "lietotājiem". Folded
 * on both sides, words sort where queries look for them. Pagefind has no Latvian stemmer and
 * stems nothing; the search page stems the query (src/search/query.ts) and shows excerpts from
 * the articles as written (src/search/excerpt.ts).
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const output = fileURLToPath(dir);
        const bundle = path.join(output, SEARCH_INDEX_DIR);
        const pages = builtPages(output, base).filter((page) => page.searchable);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] });
          if (!index) throw new Error(errors.join('; '));
          for (let at = 0; at < pages.length; at += BATCH) {
            const added = await Promise.all(
              pages.slice(at, at + BATCH).map((page) =>
                index.addHTMLFile({
                  url: page.path.slice(base.length - 1),
                  // Read again here, a batch at a time, rather than held since the pages were written.
                  content: fold(readFileSync(path.join(output, page.file), 'utf8')),
                }),
              ),
            );
            const failed = added.flatMap((result) => result.errors);
            if (failed.length > 0) throw new Error(failed.join('; '));
          }
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const name of readdirSync(bundle)) {
            if (!isUsedIndexFile(name)) rmSync(path.join(bundle, name), { recursive: true });
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kilobytes = Math.round(folderSize(bundle) / 1024);
          logger.info(
            `search index: ${pages.length} article page(s), ${kilobytes} kB in ${SEARCH_INDEX_DIR}/, ${seconds} s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
