import { createHash } from 'node:crypto';
import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;
export const ARTICLE_GLOB = '*.{md,mdx}';

export type ArticleFormat = 'md' | 'mdx';

export function articleFormat(file: string): ArticleFormat {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/** The project's own articles. */
export const OWN_CONTENT_DIR = 'content';

export interface ContentSettings {
  /** Absolute path of the folder the articles are read from. */
  folder: string;
  /** Whether editable defects fail the build (see SourceCheckOptions). */
  strict: boolean;
}

/**
 * CONTENT_DIR picks another folder to publish; CONTENT_STRICT=1 or 0 overrides the
 * default, which is strict for our own content/ and lenient for sources we
 * publish as delivered.
 */
export function contentSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ContentSettings {
  const ownFolder = path.resolve(root, OWN_CONTENT_DIR);
  const folder = path.resolve(root, env.CONTENT_DIR?.trim() || OWN_CONTENT_DIR);
  const flag = env.CONTENT_STRICT?.trim().toLowerCase();
  const strict = flag === undefined || flag === '' ? folder === ownFolder : ['1', 'true', 'yes'].includes(flag);
  return { folder, strict };
}

/**
 * Astro's content cache, one per content folder: entries of one folder must
 * never show up in a build of another.
 */
export function cacheDirFor(folder: string, root = process.cwd()): string {
  const id = createHash('sha256').update(folder).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.astro', `content-${id}`);
}
