import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ArticleFormat } from '../articles/files.ts';

/**
 * The checks read each article with remark, which gives every node its source position, so
 * findings can name the line. (Rendering parses again with Sätteri; parsers-agree.test.ts checks that
 * both parsers see the same links, images, headings and DocFX constructs.)
 */
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseArticle(source: string, format: ArticleFormat): Root {
  return (format === 'mdx' ? mdxParser : markdownParser).parse(source);
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
