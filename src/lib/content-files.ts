import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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

/** The files that decide how an article renders; a change to any of them must not reuse old output. */
const RENDERING_SOURCES = [
  'src/lib/article-plugin.ts',
  'src/lib/article-links.ts',
  'src/lib/html-elements.ts',
  'src/integrations/article-content.ts',
  'package-lock.json',
];

/**
 * Astro's content cache, one per content folder and version of the rendering code:
 * entries of one folder never show up in a build of another, and Astro, which does
 * not see inside Markdown plugins, never serves HTML rendered by older plugins.
 */
export function cacheDirFor(folder: string, root = process.cwd()): string {
  const hash = createHash('sha256').update(folder);
  for (const file of RENDERING_SOURCES) {
    const source = path.join(root, file);
    if (existsSync(source)) hash.update(readFileSync(source));
  }
  return path.join(root, 'node_modules', '.astro', `content-${hash.digest('hex').slice(0, 12)}`);
}
