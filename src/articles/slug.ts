import { withoutArticleExtension } from './files.ts';

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const APOSTROPHES = /['’‘`]/g;

/**
 * A clean URL segment from an article's file name: lowercase ASCII letters,
 * digits and single hyphens. Invisible characters and apostrophes vanish,
 * accents are dropped, spaces and dashes of any kind become hyphens.
 */
export function slugFromFileName(fileName: string): string {
  return withoutArticleExtension(fileName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface SlugCollision {
  slug: string;
  files: string[];
}

/** Files whose names clean up to the same slug; each would overwrite the other's page. */
export function findSlugCollisions(fileNames: readonly string[]): SlugCollision[] {
  const bySlug = new Map<string, string[]>();
  for (const name of fileNames) {
    const slug = slugFromFileName(name);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  return [...bySlug].filter(([, files]) => files.length > 1).map(([slug, files]) => ({ slug, files }));
}
