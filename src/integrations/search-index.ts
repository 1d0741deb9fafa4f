import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { HEADING_LINK_CLASS } from '../markdown/heading-links';
import { isUsedIndexFile, SEARCH_INDEX_DIR } from '../search/bundle';
import { InOrder } from '../search/in-order';
import { fold } from '../search/query';
import { folderSize } from '../utils/folder-size';
import { normalizeBase } from '../utils/paths';

/** Pages on their way to Pagefind at most: past this, rendering waits for Pagefind to catch up. */
const IN_FLIGHT = 200;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A page's place in the site, as its output file sorts: "" for the root, "sales/quotes" for the rest. */
function pageKey(pathname: string): string {
  return decodeURI(pathname).replace(/^\/+|\/+$/g, '');
}

/** The order pages were always given to Pagefind in: that of their files ("a/b/index.html" before "a/index.html"). */
function byOutputFile(a: string, b: string): number {
  const file = (key: string) => (key === '' ? 'index.html' : `${key}/index.html`);
  return file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0;
}

/**
 * Builds the search index with Pagefind while the pages are rendered: each article page's
 * `data-pagefind-body`, by the language of its `<html lang>`. Pagefind works in a process of its
 * own, so it indexes on one core while page writing waits on the disk; after the last page only
 * the index files are left to write.
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
  let index: Promise<PagefindIndex> | undefined;
  let order = new InOrder<{ url: string; html: string } | undefined>([]);
  const adding = new Set<Promise<void>>();
  const errors: string[] = [];
  let pages = 0;

  const add = (page: { url: string; html: string }) => {
    pages++;
    const added: Promise<void> = index!
      .then((ready) => ready.addHTMLFile({ url: page.url, content: fold(page.html) }))
      .then(
        (result) => void errors.push(...result.errors),
        (error: Error) => void errors.push(error.message),
      )
      .finally(() => adding.delete(added));
    adding.add(added);
  };

  /** Astro's own prerenderer, which also hands each page it renders to Pagefind, in order. */
  const indexing = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
    ...prerenderer,
    name: 'search-index',
    setup: async () => {
      index = pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] }).then(({ index, errors }) => {
        if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
        return index;
      });
      await Promise.all([prerenderer.setup?.(), index]);
    },
    getStaticPaths: async () => {
      const paths = await prerenderer.getStaticPaths();
      order = new InOrder(paths.map(({ pathname }) => pageKey(pathname)).sort(byOutputFile));
      return paths;
    },
    render: async (request, options) => {
      const rendered = await prerenderer.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const key = pageKey(new URL(request.url).pathname.slice(base.length - 1));
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) {
        order.add(key, undefined).forEach((page) => page && add(page));
        return rendered;
      }
      const html = await response.text();
      const indexed = html.includes('data-pagefind-body') ? { url: key ? `/${key}/` : '/', html } : undefined;
      order.add(key, indexed).forEach((page) => page && add(page));
      // Pagefind reads pages more slowly than they are rendered: wait for it rather than hold them all.
      while (adding.size > IN_FLIGHT) await Promise.race(adding);
      const body = new Response(html, response);
      return rendered instanceof Response ? body : { ...rendered, response: body };
    },
  });

  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer(indexing);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const bundle = path.join(fileURLToPath(dir), SEARCH_INDEX_DIR);
        try {
          if (!index) throw new Error('search index: no pages were rendered; expected Astro to render them');
          order.rest().forEach((page) => page && add(page));
          while (adding.size > 0) await Promise.race(adding);
          if (errors.length > 0) throw new Error(errors.join('; '));
          const written = await (await index).writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const name of readdirSync(bundle)) {
            if (!isUsedIndexFile(name)) rmSync(path.join(bundle, name), { recursive: true });
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const kilobytes = Math.round(folderSize(bundle) / 1024);
          logger.info(
            `search index: ${pages} article page(s), ${kilobytes} kB in ${SEARCH_INDEX_DIR}/, written in ${seconds} s after the pages`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
