import type { Blockquote, Heading, Html, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { resolveArticleUrl, type LinkResolver } from './article-links';

/**
 * Turns a Microsoft Docs (DocFX) article into what the site renders:
 * legacy `<a name>` anchors become ids, alerts become labelled callouts,
 * videos become plain links, links and images point where they resolve here,
 * and the leading title and first paragraph are handed to the page.
 */
export interface ArticleSummary {
  /** Text of the article's leading level-1 heading, which the page renders itself. */
  headingText?: string;
  /** Its legacy anchor, so old deep links still land on the page title. */
  headingId?: string;
  /** The first paragraph as plain text, for the meta description. */
  firstParagraph?: string;
}

export interface RemarkArticleOptions {
  links: LinkResolver;
  alertLabels: Record<AlertKind, string>;
  videoLabel: string;
}

export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

const ANCHOR_OPEN = /^<a\s+name=["']([^"']+)["']\s*\/?>$/i;
const ANCHOR_CLOSE = /^<\/a>$/i;
const ALERT_MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;
const VIDEO_MARKER = /^\[!VIDEO\s+([^\]\s]+)\s*\]$/i;

/** The fields mdast-util-to-hast reads from a node's data. */
interface HastData {
  hName?: string;
  hProperties?: Record<string, unknown>;
}

function hastData(node: { data?: object | undefined }): HastData {
  return (node.data ?? {}) as HastData;
}

export const remarkArticle: Plugin<[RemarkArticleOptions], Root> = (options) => (tree, file) => {
  replaceLegacyAnchors(tree);
  convertAlertsAndVideos(tree, options);
  resolveLinks(tree, options.links);
  const summary = takeSummary(tree);
  // Astro hands data.astro.frontmatter to the page as remarkPluginFrontmatter.
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter = { ...data.astro.frontmatter, ...summary };
};

/** The name of a legacy anchor element, in Markdown (raw HTML) or MDX (JSX) form. */
function anchorName(node: RootContent): string | undefined {
  if (node.type === 'html') return ANCHOR_OPEN.exec(node.value.trim())?.[1];
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    if (node.name !== 'a') return undefined;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
    return typeof attribute?.value === 'string' ? attribute.value : undefined;
  }
  return undefined;
}

function replaceLegacyAnchors(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const anchorIndex = heading.children.findIndex((child) => anchorName(child) !== undefined);
      if (anchorIndex === -1) return;
      const id = anchorName(heading.children[anchorIndex]!)!;
      heading.children.splice(anchorIndex, 1);
      const close = heading.children[anchorIndex];
      if (close?.type === 'html' && ANCHOR_CLOSE.test(close.value.trim())) heading.children.splice(anchorIndex, 1);
      trimLeadingSpace(heading.children);
      heading.data = { ...heading.data, hProperties: { ...hastData(heading).hProperties, id } } as HastData;
      return SKIP;
    }
    if (!parent || index === undefined) return;
    const id = anchorName(node as RootContent);
    if (id === undefined) return;
    // An anchor outside a heading keeps its target as an empty span with that id.
    const span: Html = { type: 'html', value: `<span id="${escapeAttribute(id)}"></span>` };
    const next = parent.children[index + 1] as RootContent | undefined;
    const removeClose = next?.type === 'html' && ANCHOR_CLOSE.test(next.value.trim());
    parent.children.splice(index, removeClose ? 2 : 1, span as never);
    return SKIP;
  });
}

function trimLeadingSpace(children: PhrasingContent[]): void {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function convertAlertsAndVideos(tree: Root, options: RemarkArticleOptions): void {
  visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
    const first = node.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const lead = first.children[0];
    if (lead?.type !== 'text') return undefined;

    const video = first.children.length === 1 ? VIDEO_MARKER.exec(lead.value.trim()) : null;
    if (video && parent && index !== undefined && node.children.length === 1) {
      const link: Link = { type: 'link', url: video[1]!, children: [{ type: 'text', value: options.videoLabel }] };
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [link],
        data: { hProperties: { className: ['video-link'] } },
      };
      parent.children.splice(index, 1, paragraph);
      return SKIP;
    }

    const alert = ALERT_MARKER.exec(lead.value);
    if (!alert) return undefined;
    const kind = alert[1]!.toLowerCase() as AlertKind;
    lead.value = lead.value.slice(alert[0].length);
    if (lead.value === '') first.children.shift();
    if (first.children.length === 0) node.children.shift();
    const label: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: options.alertLabels[kind] }] }],
      data: { hProperties: { className: ['callout-label'] } },
    };
    node.children.unshift(label);
    node.data = { hName: 'div', hProperties: { className: ['callout', `callout-${kind}`], role: 'note' } } as HastData;
    return undefined;
  });
}

function resolveLinks(tree: Root, resolver: LinkResolver): void {
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const target = node as { url: string };
    target.url = resolveArticleUrl(target.url, resolver);
  });
}

function takeSummary(tree: Root): ArticleSummary {
  const summary: ArticleSummary = {};
  const firstBlock = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
  const heading = tree.children[firstBlock];
  if (heading?.type === 'heading' && heading.depth === 1) {
    summary.headingText = toString(heading).trim();
    const id = hastData(heading).hProperties?.id;
    if (typeof id === 'string') summary.headingId = id;
    tree.children.splice(firstBlock, 1);
  }
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (paragraph) summary.firstParagraph = toString(paragraph).replace(/\s+/g, ' ').trim();
  return summary;
}
