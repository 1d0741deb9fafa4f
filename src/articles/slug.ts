import { withoutArticleExtension } from './files.ts';

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const APOSTROPHES = /['’‘`]/g;

/**
 * A clean URL segment from a file or folder name: lowercase ASCII letters, digits and single
 * hyphens. Invisible characters and apostrophes vanish, accents are dropped, spaces and dashes
 * of any kind become hyphens.
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

/**
 * The address of an article, from its path in the doc set, each segment made clean:
 * "Sales/Čats ziņas.md" → "sales/cats-zinas"; "sales/index.md" → "sales"; the root
 * "index.md" → "" (the site's landing page).
 */
export function routeOf(file: string): string {
  const segments = file.split('/').map(slugFromFileName);
  if (segments.at(-1) === 'index') segments.pop();
  return segments.join('/');
}

export interface RouteCollision {
  route: string;
  files: string[];
}

/** Files whose paths clean up to the same address; each would overwrite the other's page. */
export function findRouteCollisions(files: readonly string[]): RouteCollision[] {
  const byRoute = new Map<string, string[]>();
  for (const file of files) {
    const route = routeOf(file);
    byRoute.set(route, [...(byRoute.get(route) ?? []), file]);
  }
  return [...byRoute].filter(([, found]) => found.length > 1).map(([route, found]) => ({ route, files: found }));
}
