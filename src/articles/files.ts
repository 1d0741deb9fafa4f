/**
 * Which files are articles and in which format. Every other module asks here rather than testing
 * file names itself.
 */

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;
/** Authors and file systems write ".MD" as often as ".md"; DocFX reads both. */
const ARTICLE_FILE = new RegExp(`(?:${ARTICLE_EXTENSIONS.map((extension) => `\\${extension}`).join('|')})$`, 'i');

export type ArticleFormat = 'md' | 'mdx';

export function articleFormat(file: string): ArticleFormat {
  return /\.mdx$/i.test(file) ? 'mdx' : 'md';
}

/** Whether a file or a link's path names a Markdown article ("other.md", "Other.MD", "a.mdx"). */
export function hasArticleExtension(name: string): boolean {
  return ARTICLE_FILE.test(name);
}

/** "Buy Licenses.md" → "Buy Licenses". */
export function withoutArticleExtension(name: string): string {
  return name.replace(ARTICLE_FILE, '');
}
