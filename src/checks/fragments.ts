import type { BuiltPage } from '../hosting/built-pages.ts';
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

/** Every link between built pages whose #fragment names no id on the page it leads to. */
export function missingFragments(
  pages: readonly Pick<BuiltPage, 'path' | 'html'>[],
  origin = 'https://site.invalid',
): MissingFragment[] {
  const ids = new Map(
    pages.map((page) => [page.path, new Set([...page.html.matchAll(ID)].map((match) => decode(match[1]!)))]),
  );
  const missing: MissingFragment[] = [];
  for (const page of pages) {
    for (const [, written] of page.html.matchAll(LINK)) {
      const href = decode(written!);
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
