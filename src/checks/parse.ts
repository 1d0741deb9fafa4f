import type { Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ArticleFormat } from '../articles/files.ts';
import { MARKDOWN_FEATURES } from '../markdown/features.ts';

/**
 * The checks read each article with the renderer's own parser, Sätteri, with every node's source
 * position, so findings name the line the page is built from. (remark read them before: the same
 * tree, 50 times slower on a 5 MB article; parsers-agree.test.ts still holds the two together on
 * links, images, headings and DocFX constructs.)
 */
const OPTIONS = { features: MARKDOWN_FEATURES, position: true } as const;

/** A parse error as the checks report it: the line, and why. */
export class ParseError extends Error {
  readonly reason: string;
  readonly line: number | undefined;

  constructor(reason: string, line: number | undefined) {
    super(reason);
    this.reason = reason;
    this.line = line;
  }
}

export function parseArticle(source: string, format: ArticleFormat): Root {
  if (format === 'md') return markdownToMdast(source, OPTIONS) as Root;
  try {
    return mdxToMdast(source, OPTIONS) as Root;
  } catch (error) {
    // "6:1: Expected a closing tag for `<Foo>` (6:1) (mdx-jsx:unexpected-character)"
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):\d+: (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(message);
    throw new ParseError(match?.[2] ?? message, match ? Number(match[1]) : undefined);
  }
}

export interface LinkInfo {
  text: string;
  url: string;
  line: number | undefined;
  node: Link;
}

/**
 * Every node of a tree in document order (parents before their children), from one walk. The
 * checks look at several kinds of node; filtering one flat list costs a fraction of walking the
 * tree once per kind, which was half the time of checking an article.
 */
export function nodesInOrder(tree: Root): Nodes[] {
  const nodes: Nodes[] = [];
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    nodes.push(node);
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
  }
  return nodes;
}

/** The nodes of the given kinds, in the order given. */
export function ofType<Type extends Nodes['type']>(
  nodes: readonly Nodes[],
  ...types: Type[]
): Extract<Nodes, { type: Type }>[] {
  return nodes.filter((node): node is Extract<Nodes, { type: Type }> => (types as string[]).includes(node.type));
}

/** Every link with its text and line, images and reference definitions aside. */
export function collectLinks(nodes: readonly Nodes[]): LinkInfo[] {
  return ofType(nodes, 'link').map((node) => {
    const hasImage = node.children.some((child) => child.type === 'image' && child.alt);
    return {
      text: hasImage ? toString(node) || '[image]' : toString(node).trim(),
      url: node.url,
      line: node.position?.start.line,
      node,
    };
  });
}
