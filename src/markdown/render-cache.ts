import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything that decides how an article renders. Folders are read whole, so a new, renamed
 * or moved plugin file changes the key without anyone remembering to list it.
 */
export const RENDERING_SOURCES = {
  folders: [
    'src/markdown',
    'src/articles',
    'src/docset',
    'src/loaders',
    'src/i18n',
    'src/findings',
    'src/utils',
    'src/schemas',
    'src/context',
    // The checks read each article's frontmatter for the loader (src/checks/frontmatter.ts).
    'src/checks',
  ],
  files: ['src/integrations/article-content.ts', 'src/site.config.ts', 'src/site.ts', 'package-lock.json'],
} as const;

function sourceFiles(root: string, folder: string): string[] {
  const absolute = path.join(root, folder);
  if (!existsSync(absolute)) throw new Error(`render cache: no folder ${folder}; expected the rendering code there`);
  const files = readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|mjs|js|json)$/.test(name) && !/\.test\.ts$/.test(name))
    .map((name) => path.join(folder, name).split(path.sep).join('/'))
    .filter((name) => statSync(path.join(root, name)).isFile())
    .sort();
  if (files.length === 0)
    throw new Error(`render cache: no source files in ${folder}; expected the rendering code there`);
  return files;
}

/** The rendering code's files, relative to the project root, in a stable order. */
export function renderingFiles(root = process.cwd()): string[] {
  const files = RENDERING_SOURCES.files.map((file) => {
    if (!existsSync(path.join(root, file))) throw new Error(`render cache: no file ${file}; expected it to exist`);
    return file;
  });
  return [...RENDERING_SOURCES.folders.flatMap((folder) => sourceFiles(root, folder)), ...files];
}

/**
 * Astro's content cache, one per content folder and version of the rendering code: entries of
 * one folder never show up in a build of another, and Astro, which does not see inside
 * Markdown plugins, never serves HTML rendered by older plugins.
 */
export function cacheDirFor(folder: string, root = process.cwd(), step?: string): string {
  // Each step of a build in parts keeps its own: a part's store holds its articles only.
  const hash = createHash('sha256').update(step === undefined ? folder : `${folder}\0${step}`);
  for (const file of renderingFiles(root)) {
    // The name counts as well as the content: renaming a plugin file is a change too.
    hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)));
  }
  return path.join(root, 'node_modules', '.astro', `content-${hash.digest('hex').slice(0, 12)}`);
}
