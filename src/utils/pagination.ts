import { withTrailingSlash } from './paths.ts';

/** Articles per index page: enough to scan, few enough that no page grows with the collection. */
export const ARTICLES_PER_PAGE = 100;

export interface IndexPage<T> {
  /** 1-based page number. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = ARTICLES_PER_PAGE): IndexPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The A–Z list's pages: "/raksti/", "/raksti/2/" (the segment is the language's). */
export function articleListPath(base: string, page: number, segment: string): string {
  const list = `${withTrailingSlash(base)}${segment}/`;
  return page === 1 ? list : `${list}${page}/`;
}

/** A gap in a page list: the pages between two shown numbers. */
export const GAP = 'gap';

/**
 * The page numbers a page's pagination shows: the first, the last, and those within `radius` of
 * the current one, with a gap where numbers are left out. Why not all: 28,150 articles make 282
 * pages, and a list of every number on each of them made the A–Z pages the site's largest.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | typeof GAP)[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * radius + 1 }, (_, i) => current - radius + i)])]
    .filter((number) => number >= 1 && number <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((number, index) => {
    const previous = shown[index - 1];
    if (previous === undefined || number === previous + 1) return [number];
    // A gap of one page shows that page rather than "…".
    return number === previous + 2 ? [previous + 1, number] : [GAP, number];
  });
}
