import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * How articles are parsed, by the checks, the pages and the includes alike. The text is
 * published word for word (typographic quotes would change it); raw HTML is parsed, so what
 * reaches the page is well-formed.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false, rawHtml: true } as const;

/**
 * Markdown that is not an article of its own (an included file, lines read again), parsed as
 * articles are, without frontmatter. Positions only where a caller reads the source through them.
 */
export function parseFragment(text: string, position = false): Root {
  return markdownToMdast(text, { features: { ...MARKDOWN_FEATURES, frontmatter: false }, position }) as Root;
}
