import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * What a content folder holds: which files are articles, in which format, and the media they
 * use. Every other module asks here rather than testing file names itself.
 */

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;
/** The same set as a glob for Astro's loader: names as they are on disk, case and all. */
export const ARTICLE_GLOB = `*.{${ARTICLE_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;
/** How links name an article: authors write ".MD" as often as ".md". */
const ARTICLE_LINK = new RegExp(`(?:${ARTICLE_EXTENSIONS.map((extension) => `\\${extension}`).join('|')})$`, 'i');

export type ArticleFormat = 'md' | 'mdx';

export function articleFormat(file: string): ArticleFormat {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/** Whether a file on disk is an article, by the same rule as ARTICLE_GLOB. */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** Whether a link's path names an article file ("other.md", "Other.MD"). */
export function linksToArticle(linkPath: string): boolean {
  return ARTICLE_LINK.test(linkPath);
}

/** "Buy Licenses.md" → "Buy Licenses". */
export function withoutArticleExtension(name: string): string {
  return name.replace(ARTICLE_LINK, '');
}

/** Articles are the Markdown and MDX files at the top of the folder; subfolders hold includes and other material. */
export function listArticleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isArticleFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export const MEDIA_DIR = 'media';

/** The media files of a content folder, as paths relative to it ("media/A.png"). */
export function listMediaFiles(folder: string): string[] {
  const media = path.join(folder, MEDIA_DIR);
  if (!existsSync(media)) return [];
  return readdirSync(media, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${MEDIA_DIR}/${entry.name}`)
    .sort();
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
