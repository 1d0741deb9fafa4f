import type { NavNode } from '../docset/navigation.ts';

/**
 * The parts of a doc set a search can be narrowed to: its top-level TOC entries that hold others,
 * when there are at least two. Each article page names its part for the index (a Pagefind filter,
 * `SECTION_FILTER`); the search page lists the parts and keeps the choice in its address.
 */
export const SECTION_FILTER = 'section';

/** The names of the doc set's top-level sections, or none when it has fewer than two. */
export function searchSections(items: readonly NavNode[]): string[] {
  const sections = [...new Set(items.filter((node) => node.items.length > 0).map((node) => node.name))];
  return sections.length >= 2 ? sections : [];
}

/** The section an article stands in, by its trail from the top of the tree, if the search offers it. */
export function sectionOf(trail: readonly NavNode[] | undefined, sections: readonly string[]): string | undefined {
  const top = trail?.[0]?.name;
  return top !== undefined && sections.includes(top) ? top : undefined;
}
