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
