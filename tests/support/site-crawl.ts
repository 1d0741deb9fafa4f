import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every built HTML page of a site folder, as paths relative to it ("a/index.html"). */
export function htmlPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The URL path a page file is served at under the base: "a/index.html" → "/base/a/". */
export function servedPath(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}

export interface CrawlOptions {
  /** Base path with leading and trailing slash. */
  base: string;
  /** The site's origin ("https://example.lv"); absolute links to it count as internal. */
  origin?: string;
}

export interface CrawlResult {
  pages: string[];
  /** Internal links and resources checked, as "page → url". */
  checked: string[];
  problems: string[];
  /** Canonical URL of each page that has one. */
  canonicals: Map<string, string>;
}

const LINKING =
  'a[href], area[href], link[href], img[src], img[srcset], source[src], source[srcset], video, audio, iframe';

function urlsOf(element: HTMLElement): string[] {
  const urls: string[] = [];
  for (const name of ['href', 'src', 'poster']) {
    const value = element.getAttribute(name);
    if (value !== undefined) urls.push(value);
  }
  const srcset = element.getAttribute('srcset');
  if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  return urls;
}

interface PageFacts {
  ids: Set<string>;
  links: { tag: string; written: string }[];
  canonical: string | undefined;
}

/** What the crawl needs of a page, read once: its ids, its links and its canonical URL, not its tree. */
function pageFacts(html: string): PageFacts {
  const document = parse(html);
  const links = document
    .querySelectorAll(LINKING)
    .flatMap((element) => urlsOf(element).map((written) => ({ tag: element.rawTagName, written })));
  return {
    ids: new Set(document.querySelectorAll('[id]').map((element) => element.id)),
    links,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  };
}

/**
 * Checks that every internal link and resource of every page resolves to a file of the site
 * (mapping "<base>x/" to x/index.html) and every #fragment to an id on its target page. Each
 * page is parsed once and only its facts are kept, so a site of thousands of pages fits.
 */
export function crawlSite(siteDir: string, { base, origin = 'https://site.invalid' }: CrawlOptions): CrawlResult {
  const pages = htmlPages(siteDir);
  const facts = new Map(pages.map((file) => [file, pageFacts(readFileSync(path.join(siteDir, file), 'utf8'))]));
  const result: CrawlResult = { pages, checked: [], problems: [], canonicals: new Map() };
  for (const [file, page] of facts) {
    const pageUrl = new URL(servedPath(file, base), origin);
    if (page.canonical) result.canonicals.set(file, page.canonical);

    for (const { tag, written } of page.links) {
      const where = `${file}: <${tag} …="${written}">`;
      if (/^(?:data|mailto|tel):/i.test(written)) continue;
      let url: URL;
      try {
        url = new URL(written, pageUrl);
      } catch {
        result.problems.push(`${where}: not a URL`);
        continue;
      }
      if (url.origin !== pageUrl.origin) continue;
      result.checked.push(`${file} → ${written}`);
      if (!url.pathname.startsWith(base)) {
        result.problems.push(`${where}: outside the base path ${base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      const onDisk = path.join(siteDir, target);
      if (existsSync(onDisk) && statSync(onDisk).isDirectory()) {
        result.problems.push(`${where}: a folder; link to "${url.pathname}/" instead`);
        continue;
      }
      if (!existsSync(onDisk)) {
        result.problems.push(`${where}: no file ${target} in the build`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const ids = facts.get(target)?.ids ?? pageFacts(readFileSync(onDisk, 'utf8')).ids;
        if (!ids.has(id)) result.problems.push(`${where}: no id "${id}" on ${target}`);
      }
    }
  }
  return result;
}
