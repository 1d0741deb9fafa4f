import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writesSitePages, type BuildContext } from '../context/build-context.ts';
import { builtPages } from '../hosting/built-pages.ts';
import { writeHandoff, writeSearchIndex } from '../search/indexer.ts';
import { normalizeBase } from '../utils/paths.ts';

/**
 * The search index of the built pages (src/search/indexer.ts). Run by the build command
 * (`npm run build`), Astro's build only names the pages and the command indexes them once Astro
 * has ended: at 28,150 articles Astro holds 1.5 GB until it exits and Pagefind's indexer takes
 * 1.6 GB, and one after the other they never add up. A plain `astro build` indexes here, in its
 * own process, as before.
 */
export function searchIndex(context: BuildContext): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // In a build in parts, the site step indexes every page once the parts are merged.
        if (!writesSitePages(context)) return;
        const output = fileURLToPath(dir);
        const pages = builtPages(output, base)
          .filter((page) => page.searchable)
          .map((page) => ({ file: page.file, url: page.path.slice(base.length - 1) }));
        const { searchShardPages: shardPages, searchIndexHandoff: handoff } = context.settings;
        if (handoff) {
          writeHandoff(handoff, { output, shardPages, pages });
          logger.info(`search index: ${pages.length} article page(s), indexed once this build has ended`);
        } else {
          // Here Astro's module loader, ended by now, loaded Pagefind's module: the one instance writes
          // the shards one after another (`npm run build` writes two at a time).
          await writeSearchIndex(output, pages, shardPages, (line) => logger.info(line), 1);
        }
      },
    },
  };
}
