import { escapeHtml } from '../utils/html-attributes.ts';

/**
 * `sitemap.xml` (the sitemaps.org protocol): every page a search engine may index, at its full
 * address, with the date its article was last changed. Past 50,000 addresses, the protocol's limit
 * for one file, the pages go to `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` indexes them.
 */

export interface SitemapPage {
  /** The path it is served at, base included ("/palidziba/a/"). */
  path: string;
  /** Its robots directives ("noindex, nofollow"), if any. */
  robots?: string | undefined;
  /** Where a moved page sends its reader: not a page of its own. */
  refresh?: string | undefined;
  /** The day its article was last changed (YYYY-MM-DD). */
  modified?: string | undefined;
}

/** The protocol's limit of addresses in one file. */
export const SITEMAP_LIMIT = 50_000;

/** The pages a sitemap lists: indexable, not a redirect, not the page for addresses that do not exist. */
export function indexablePages(pages: readonly SitemapPage[], base: string): SitemapPage[] {
  return pages.filter(
    (page) =>
      page.refresh === undefined && !/\bnoindex\b|\bnone\b/i.test(page.robots ?? '') && page.path !== `${base}404.html`,
  );
}

/** The files to write, by name: one sitemap, or an index and its parts. */
export function sitemapFiles(
  pages: readonly SitemapPage[],
  site: string,
  base: string,
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  const url = (path: string) => escapeHtml(new URL(path, site).href);
  const urlset = (part: readonly SitemapPage[]) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...part.map(
        (page) =>
          `<url><loc>${url(page.path)}</loc>${page.modified ? `<lastmod>${page.modified}</lastmod>` : ''}</url>`,
      ),
      '</urlset>',
      '',
    ].join('\n');
  if (pages.length <= limit) return new Map([['sitemap.xml', urlset(pages)]]);
  const files = new Map<string, string>();
  for (let at = 0; at * limit < pages.length; at++) {
    files.set(`sitemap-${at + 1}.xml`, urlset(pages.slice(at * limit, (at + 1) * limit)));
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...files.keys()].map((name) => `<sitemap><loc>${url(`${base}${name}`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([['sitemap.xml', index], ...files]);
}
