import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageAnchors, type PageAnchors } from './fragments.ts';
import { pagePath } from './headers.ts';
import { readPageMeta, type PageMeta } from './page-meta.ts';
import { filesBelow } from '../utils/folders.ts';

/**
 * What the steps after a build need to know of one written page. Not its HTML: held until the
 * build ends, 10,000 pages' HTML took 100 MB of the build's heap while Pagefind indexed them.
 */
export interface BuiltPage {
  /** The HTML file, relative to the build folder ("a/index.html"). */
  file: string;
  /** The URL path it is served at, base included ("/palidziba/a/"). */
  path: string;
  /** What its <meta> tags declare, for `_headers` and `_redirects`. */
  meta: PageMeta;
  /** Its ids and its links to parts of pages, for the fragment check. */
  anchors: PageAnchors;
  /** Whether it holds an article's text for the search index. */
  searchable: boolean;
}

/** The attribute that marks the text Pagefind indexes; ArticleLayout.astro writes it. */
const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * A copy of a <meta> value that does not keep its page: a string V8 cuts from a longer one points
 * into it, so one kept robots value kept its page's whole HTML alive. (Ids and links are copies
 * already, made as they are decoded; the memory test in built-pages.test.ts holds both.)
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Whether a file of the build folder is a page: an HTML file, as Astro writes each. */
export const isPageFile = (file: string): boolean => file.endsWith('.html');

/** Read once per build: `_headers`, the fragment check, the search index and the report each go through every page. */
const builds = new Map<string, BuiltPage[]>();

/** The HTML pages of a finished build, sorted by file. */
export function builtPages(output: string, base: string): BuiltPage[] {
  const key = `${output}\0${base}`;
  let pages = builds.get(key);
  if (!pages) {
    pages = filesBelow(output)
      .filter(isPageFile)
      .sort()
      .map((file) => {
        const html = readFileSync(path.join(output, file), 'utf8');
        const meta = readPageMeta(html);
        return {
          file,
          path: pagePath(file, base),
          meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, detached(value)])),
          anchors: pageAnchors(html),
          searchable: html.includes(SEARCH_BODY_ATTRIBUTE),
        };
      });
    builds.set(key, pages);
  }
  return pages;
}
