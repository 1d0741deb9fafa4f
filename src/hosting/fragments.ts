import { decodeEntities } from '../utils/html-attributes.ts';

/**
 * Links to a part of a page ("quotes.md#lines", "#steps") are checked against the ids the built
 * pages really have, legacy anchors and heading ids alike: only the finished HTML knows them all.
 */

export interface MissingFragment {
  /** The page that links. */
  page: string;
  /** The link as written in the page. */
  href: string;
  /** The page it leads to. */
  target: string;
  fragment: string;
}

const ID = /\sid="([^"]*)"/g;
const LINK = /<a\s[^>]*?href="([^"]*#[^"]*)"/g;

function decode(text: string): string {
  const unescaped = decodeEntities(text);
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped;
  }
}

/** A built page's ids and the links it holds to a part of a page, decoded as the browser reads them. */
export interface PageAnchors {
  ids: ReadonlySet<string>;
  links: readonly string[];
}

export function pageAnchors(html: string): PageAnchors {
  return {
    ids: new Set([...html.matchAll(ID)].map((match) => decode(match[1]!))),
    links: [...html.matchAll(LINK)].map((match) => decode(match[1]!)),
  };
}

/** Every link between built pages whose #fragment names no id on the page it leads to. */
export function missingFragments(
  pages: readonly { path: string; anchors: PageAnchors }[],
  origin = 'https://site.invalid',
): MissingFragment[] {
  const ids = new Map(pages.map((page) => [page.path, page.anchors.ids]));
  const missing: MissingFragment[] = [];
  for (const page of pages) {
    for (const href of page.anchors.links) {
      let url: URL;
      try {
        url = new URL(href, new URL(page.path, origin));
      } catch {
        continue;
      }
      if (url.origin !== origin || url.hash.length <= 1) continue;
      const found = ids.get(url.pathname);
      const fragment = decode(url.hash.slice(1));
      // Pages this build did not write (another site under the same host) are not ours to judge.
      if (found && !found.has(fragment)) missing.push({ page: page.path, href, target: url.pathname, fragment });
    }
  }
  return missing;
}
