/**
 * The model of a DocFX table of contents (toc.schema.json): items have `name`, `href`, `topicHref`,
 * `tocHref`, `uid`, `topicUid`, `displayName`, `expanded` and `items`; what each entry leads to, and
 * the bounds every reader keeps to. The readers are toc-yaml.ts and toc-markdown.ts.
 */
import type { Finding } from '../findings/finding.ts';
import { schemeOf } from '../utils/url-problems.ts';

export type TocNodeKind =
  /** No address: a heading that only holds children. */
  | 'group'
  /** An article or page of this site, by relative or site-relative path. */
  | 'link'
  /** Another TOC to splice in here: `sub/toc.yml`, `sub/TOC.md`, or the folder `sub/`. */
  | 'toc'
  /** A cross-reference by uid: `uid:`, `href: xref:Uid`, or `# @Uid` in toc.md. */
  | 'xref'
  /** Another site. */
  | 'external';

export interface TocNode {
  /** As written; "" when the file leaves it to the article's title (DocFX allows that when there is an href). */
  name: string;
  href?: string;
  topicHref?: string;
  tocHref?: string;
  uid?: string;
  topicUid?: string;
  displayName?: string;
  kind: TocNodeKind;
  /** The node leads to another site (`https://…`, `//host/…`, `mailto:`): no local file to check. */
  external: boolean;
  items: TocNode[];
  /** 1-based line of the item in its file. */
  line: number;
}

export interface TocResult {
  items: TocNode[];
  diagnostics: Finding[];
}

export const MAX_TOC_DEPTH = 64;
/** YAML aliases can repeat a subtree many times over; past this many items the file is refused. */
export const MAX_TOC_NODES = 50_000;

/** The names a doc set's root TOC may have, as DocFX looks for it (in any case), first found first. */
export const ROOT_TOC_NAMES = ['toc.yml', 'toc.yaml', 'toc.md'] as const;
const TOC_FILE_NAMES = new Set<string>([...ROOT_TOC_NAMES, 'toc.json']);

export function isTocFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return TOC_FILE_NAMES.has(name);
}

/** What an address leads to; "group" when there is none. */
export function hrefKind(href: string | undefined): TocNodeKind {
  if (href === undefined || href === '') return 'group';
  const scheme = schemeOf(href);
  if (scheme === 'xref' || href.startsWith('@')) return 'xref';
  if (scheme !== undefined || href.startsWith('//')) return 'external';
  const path = href.replace(/[?#].*$/, '');
  // A folder is a nested TOC only as a relative path; "/azure/" is a page of the site.
  if (isTocFileName(path) || (path.endsWith('/') && !path.startsWith('/'))) return 'toc';
  return 'link';
}

/** Visits every node depth first, in file order, without recursion; return false to skip a node's children. */
export function walkToc(
  items: readonly TocNode[],
  visit: (node: TocNode, depth: number, parent: TocNode | undefined) => boolean | void,
): void {
  const stack: { node: TocNode; depth: number; parent: TocNode | undefined }[] = [];
  const push = (nodes: readonly TocNode[], depth: number, parent: TocNode | undefined) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node !== undefined) stack.push({ node, depth, parent });
    }
  };
  push(items, 1, undefined);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (visit(entry.node, entry.depth, entry.parent) !== false) push(entry.node.items, entry.depth + 1, entry.node);
  }
}

export function newNode(line: number): TocNode {
  return { name: '', kind: 'group', external: false, items: [], line };
}

/** Kind and external from the node's own fields: href decides, then topicHref, then a uid. */
export function classify(node: TocNode): void {
  let kind = hrefKind(node.href);
  if (kind === 'group' && node.topicHref !== undefined) kind = hrefKind(node.topicHref);
  if (kind === 'group' && (node.uid !== undefined || node.topicUid !== undefined)) kind = 'xref';
  node.kind = kind;
  node.external = kind === 'external';
}
