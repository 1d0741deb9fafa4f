/**
 * The articles the checks leave out of this build (a file that cannot be read as an article, a
 * second file at one address): no page, no link, no TOC entry leads to them.
 *
 * The checks decide it once, in the integration. Astro then loads the content collection and
 * the pages as module graphs of their own in the same process, so the list is kept on the
 * process rather than in a module; helper processes are handed it with their input.
 */
const KEY = Symbol.for('licencu-parsutisana.leftOutArticles');

type WithLeftOut = typeof globalThis & { [KEY]?: readonly string[] };

export function setLeftOutArticles(files: readonly string[]): void {
  (globalThis as WithLeftOut)[KEY] = [...files].sort();
}

/** The doc set paths of the articles left out ("sales/broken.md"), sorted. */
export function leftOutArticles(): readonly string[] {
  return (globalThis as WithLeftOut)[KEY] ?? [];
}
