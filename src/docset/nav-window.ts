import { escapeHtml } from '../utils/html-attributes.ts';
import type { NavNode } from './navigation.ts';

/**
 * The part of a doc set's tree an article page shows beside it, as Microsoft Learn and Starlight
 * do: every entry at the top; the groups on the way to the article open, with their entries; the
 * article marked; every other group closed, holding its own entries but not theirs, or if it has
 * many, a link to its first page. A page of a tree of thousands carries the entries near it.
 */
export interface NavEntry {
  name: string;
  /** Where the entry leads: a page of this site, or of another; none for a group without a page. */
  href?: string;
  /** The page this is. */
  current?: true;
  /** A group: open (on the way to the page, or the page itself) or closed. */
  open?: boolean;
  items?: NavEntry[];
}

/**
 * A closed group holds its own entries when it has at most this many; a larger one is a link to
 * its first page. On Dynamics 365 (2,804 pages in its TOCs) this keeps each page's tree at most
 * 6 KB brotli; with every closed group's entries it took up to 20 KB.
 */
const SMALL_GROUP = 8;

/** An entry's own address, or for a group without one, its first entry's. */
function firstAddress(node: Readonly<NavNode>): string | undefined {
  return node.path ?? node.url ?? node.items.map(firstAddress).find((href) => href !== undefined);
}

/** An entry inside a closed group: a link, its own entries left out. */
function leaf(node: Readonly<NavNode>): NavEntry {
  const href = firstAddress(node);
  return { name: node.name, ...(href === undefined ? {} : { href }) };
}

function entry(node: Readonly<NavNode>, trail: readonly NavNode[], depth: number): NavEntry {
  const href = node.path ?? node.url;
  const onTrail = trail[depth] === node;
  const current = onTrail && depth === trail.length - 1;
  const own: NavEntry = {
    name: node.name,
    ...(href === undefined ? {} : { href }),
    ...(current ? { current: true } : {}),
  };
  if (node.items.length === 0) return own;
  if (onTrail) return { ...own, open: true, items: node.items.map((child) => entry(child, trail, depth + 1)) };
  return node.items.length <= SMALL_GROUP ? { ...own, open: false, items: node.items.map(leaf) } : leaf(node);
}

/** The entries to show beside the article whose trail (top entry first, its own last) is given. */
export function navWindow(items: readonly NavNode[], trail: readonly NavNode[]): NavEntry[] {
  return items.map((node) => entry(node, trail, 0));
}

/** A group's entries, its own page first: its summary holds words only, a link there would be a control in a control. */
function inside({ name, href, current, items = [] }: NavEntry): NavEntry[] {
  return href === undefined ? items : [{ name, href, ...(current ? { current } : {}) }, ...items];
}

/**
 * The entries as a list, written here rather than by a component: a page of a large doc set
 * holds hundreds of them, and 2,804 pages rendered through a component per entry took a sixth
 * of the Dynamics 365 build.
 */
export function navListHtml(entries: readonly NavEntry[]): string {
  const items = entries.map((entry) => {
    const name = escapeHtml(entry.name);
    if (entry.items) {
      return `<li><details${entry.open ? ' open' : ''}><summary>${name}</summary>${navListHtml(inside(entry))}</details></li>`;
    }
    if (entry.href === undefined) return `<li>${name}</li>`;
    return `<li><a href="${escapeHtml(entry.href)}"${entry.current ? ' aria-current="page"' : ''}>${name}</a></li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}
