import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import type { Finding } from '../findings/finding.ts';
import type { Inventory } from './inventory.ts';
import { MAX_TOC_DEPTH, parseToc, ROOT_TOC_NAMES, type TocNode } from './toc.ts';

/**
 * The doc set's navigation: its root TOC with nested TOCs spliced in, every entry's address
 * resolved as links in articles are, and for each article the trail of entries that leads to
 * it. Entries that lead nowhere are reported with the TOC file and line.
 */

export interface NavNode {
  name: string;
  /** Site path from the base ("/sales/quotes/"), for an entry that is a page of this site. */
  path?: string;
  /** Full address of another site's page. */
  url?: string;
  items: NavNode[];
}

export interface Neighbours {
  previous?: NavNode | undefined;
  next?: NavNode | undefined;
}

export interface SiteNavigation {
  items: NavNode[];
  /** For each article id, the entries from the top of the tree down to its own. */
  trails: Map<string, NavNode[]>;
  /** For each article id in the tree, the pages before and after its first entry, in the tree's reading order. */
  neighbours: Map<string, Neighbours>;
  diagnostics: Finding[];
}

/** Where Learn doc sets keep the TOC of the breadcrumb above them. */
const BREADCRUMB_TOC = /(?:^|\/)breadcrumb\/[^/]+$/i;

export function rootToc(inventory: Inventory): string | undefined {
  for (const name of ROOT_TOC_NAMES) {
    const found = inventory.tocs.find((file) => file.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

/** "/sales/quotes/#x" → "sales/quotes"; "/" → "index" (the landing page). */
function articleIdOf(sitePath: string): string {
  const route = sitePath.replace(/#.*$/, '').replace(/^\/+|\/+$/g, '');
  return route === '' ? 'index' : route;
}

export function loadNavigation(
  folder: string,
  inventory: Inventory,
  targets: LinkTargets,
  displayRoot = process.cwd(),
): SiteNavigation {
  const diagnostics: Finding[] = [];
  const tocsByLowerCase = new Map(inventory.tocs.map((file) => [file.toLowerCase(), file]));
  const display = (file: string) => path.relative(displayRoot, path.join(folder, file));
  const warn = (file: string, line: number | undefined, message: string) =>
    diagnostics.push({ code: 'toc-entry', file: display(file), line, message });

  const read = new Set<string>();
  const readToc = (file: string): TocNode[] => {
    read.add(file);
    const { items, diagnostics: found } = parseToc(file, readFileSync(path.join(folder, file), 'utf8'));
    diagnostics.push(...found.map((diagnostic) => ({ ...diagnostic, file: display(file) })));
    return items;
  };

  /** The nested TOC an entry names: "sub/toc.yml", or a folder "sub/" holding one. */
  const nestedToc = (from: string, href: string): string | undefined => {
    const target = path.posix
      .normalize(path.posix.join(path.posix.dirname(from), href.replace(/[?#].*$/, '')))
      .replace(/\/+$/, '');
    const candidates = href.endsWith('/') ? ROOT_TOC_NAMES.map((name) => `${target}/${name}`) : [target];
    for (const candidate of candidates) {
      const found = tocsByLowerCase.get(candidate.replace(/^\.\//, '').toLowerCase());
      if (found) return found;
    }
    return undefined;
  };

  const address = (from: string, line: number, href: string): Pick<NavNode, 'path' | 'url'> => {
    const resolved = resolveLink(href, targets, from);
    if (resolved.problem && resolved.problem.code !== 'image-case') {
      warn(from, line, `TOC entry ${resolved.problem.message}`);
    }
    if (resolved.asText) return {};
    return resolved.url.startsWith('/') && !resolved.url.startsWith('//')
      ? { path: resolved.url }
      : { url: resolved.url };
  };

  const convert = (nodes: readonly TocNode[], from: string, chain: readonly string[]): NavNode[] =>
    nodes.map((node) => {
      const converted: NavNode = { name: node.name, items: [] };
      if (chain.length > MAX_TOC_DEPTH) return converted;
      if (node.kind === 'toc' && node.href !== undefined) {
        const nested = nestedToc(from, node.href);
        if (nested === undefined) warn(from, node.line, `TOC entry leads to a missing TOC: expected "${node.href}"`);
        else if (chain.includes(nested))
          warn(from, node.line, `TOC includes itself: ${[...chain, nested].join(' → ')}`);
        else converted.items.push(...convert(readToc(nested), nested, [...chain, nested]));
        if (node.topicHref !== undefined) Object.assign(converted, address(from, node.line, node.topicHref));
      } else if (node.kind === 'xref') {
        warn(from, node.line, `TOC entry "${node.name}" names a cross-reference (uid), which this site cannot resolve`);
      } else {
        const href = node.kind === 'group' ? undefined : (node.href ?? node.topicHref);
        if (href !== undefined) Object.assign(converted, address(from, node.line, href));
      }
      converted.items.push(...convert(node.items, from, chain));
      return converted;
    });

  const top = rootToc(inventory);
  const items = top && existsSync(path.join(folder, top)) ? convert(readToc(top), top, [top]) : [];
  // A TOC the root does not reach (a repository of areas, each with its own TOC and no root one,
  // as DocFX builds each TOC on its own) still leads to its articles, and is checked: outermost
  // first, each after the root's entries.
  const byDepth = [...inventory.tocs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const toc of byDepth) {
    // A breadcrumb TOC (docfx.json's breadcrumb_path) lists Learn's trail above the doc set, no articles.
    if (!read.has(toc) && !BREADCRUMB_TOC.test(toc)) items.push(...convert(readToc(toc), toc, [toc]));
  }

  const trails = new Map<string, NavNode[]>();
  /** The site's pages in reading order: each once, at its first entry; a "#part" of a page is not a page of its own. */
  const sequence: [id: string, node: NavNode][] = [];
  const visit = (nodes: readonly NavNode[], above: readonly NavNode[]) => {
    for (const node of nodes) {
      const trail = [...above, node];
      if (node.path !== undefined) {
        const id = articleIdOf(node.path.slice(targets.base.length - 1));
        if (!trails.has(id)) {
          trails.set(id, trail);
          if (!node.path.includes('#')) sequence.push([id, node]);
        }
      }
      visit(node.items, trail);
    }
  };
  visit(items, []);
  const neighbours = new Map<string, Neighbours>(
    sequence.map(([id], index) => [id, { previous: sequence[index - 1]?.[1], next: sequence[index + 1]?.[1] }]),
  );
  return { items, trails, neighbours, diagnostics };
}
