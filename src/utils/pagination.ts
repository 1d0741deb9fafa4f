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

/** The first page is the site root; the others live at /<segment>/N/ ("/lapa/2/" in Latvian). */
export function indexPagePath(base: string, page: number, segment: string): string {
  const root = withTrailingSlash(base);
  return page === 1 ? root : `${root}${segment}/${page}/`;
}
