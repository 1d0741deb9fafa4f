import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { ArticleFormat } from '../articles/files.ts';

/**
 * The checks read each article with the renderer's own parser, Sätteri, with every node's source
 * position, so findings name the line the page is built from. (remark read them before: the same
 * tree, 50 times slower on a 5 MB article; parsers-agree.test.ts still holds the two together on
 * links, images, headings and DocFX constructs.)
 */
const OPTIONS = { features: { gfm: true, smartPunctuation: false, rawHtml: true }, position: true } as const;

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

/** Every link with its text and line, images and reference definitions aside. */
export function collectLinks(tree: Root): LinkInfo[] {
  const links: LinkInfo[] = [];
  visit(tree, 'link', (node) => {
    const hasImage = node.children.some((child) => child.type === 'image' && child.alt);
    links.push({
      text: hasImage ? toString(node) || '[image]' : toString(node).trim(),
      url: node.url,
      line: node.position?.start.line,
      node,
    });
  });
  return links;
}
