import { lastUpdated, type ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { withTrailingSlash } from './paths.ts';

/** The id of the doc set's landing page (its root index.md), served at the site root. */
export const LANDING_ID = 'index';

export interface TitledEntry {
  id: string;
  data: { title?: string | undefined };
  rendered?: { metadata?: { [key: string]: unknown } } | undefined;
}

/**
 * The title an article is listed and shown by: its frontmatter's, else its first heading's (as
 * DocFX titles a page without one), else its address.
 */
export function articleTitle(entry: TitledEntry): string {
  const frontmatter = entry.rendered?.metadata?.['frontmatter'] as Record<string, unknown> | undefined;
  const heading = frontmatter?.['headingText'];
  return entry.data.title ?? (typeof heading === 'string' && heading !== '' ? heading : entry.id);
}

/** Where an article is served: "/base/sales/quotes/"; the landing page at the base itself. */
export function articlePath(base: string, id: string): string {
  const root = withTrailingSlash(base);
  return id === LANDING_ID ? root : `${root}${id}/`;
}

/**
 * What the A–Z list shows of an article: its address, title and date, nothing to render it. The
 * parts of a build in parts hand these to the site step (src/context/partition.ts), which lists
 * every article without holding any.
 */
export interface ListedArticle {
  id: string;
  title: string;
  updated: Date | undefined;
}

export function listedArticle(
  entry: TitledEntry & { data: Pick<ArticleFrontmatter, 'date' | 'lastHandoff' | 'title'> },
): ListedArticle {
  return { id: entry.id, title: articleTitle(entry), updated: lastUpdated(entry.data) };
}
