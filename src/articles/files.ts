import path from 'node:path';

/**
 * Which files are articles and in which format, and which folder CONTENT_DIR names. Every other
 * module asks here rather than testing file names itself.
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

/** The project's own articles. */
export const OWN_CONTENT_DIR = 'content';

export interface ContentSettings {
  /** Absolute path of the folder the articles are read from. */
  folder: string;
  /** Whether editable defects fail the build (see ArticleCheckOptions). */
  strict: boolean;
}

/**
 * CONTENT_DIR picks another folder to publish; CONTENT_STRICT=1 or 0 overrides the
 * default, which is strict for our own content/ and lenient for sources we
 * publish as delivered.
 */
export function contentSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ContentSettings {
  const ownFolder = path.resolve(root, OWN_CONTENT_DIR);
  const folder = path.resolve(root, env['CONTENT_DIR']?.trim() || OWN_CONTENT_DIR);
  const flag = env['CONTENT_STRICT']?.trim().toLowerCase();
  const strict = flag === undefined || flag === '' ? folder === ownFolder : ['1', 'true', 'yes'].includes(flag);
  return { folder, strict };
}
