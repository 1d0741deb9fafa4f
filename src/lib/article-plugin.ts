import type { Blockquote, Heading, Html, Paragraph, Root, RootContent } from 'mdast';
import type {
  HastPluginDefinition,
  MdastPluginDefinition,
  MdastVisitorContext,
  MdxJsxTextElement,
  PluginFactoryContext,
} from 'satteri';
import { resolveArticleUrl, type LinkResolver } from './article-links.ts';
import { isPseudoTag } from './html-elements.ts';

/**
 * Turns a Microsoft Docs (DocFX) article into what the site renders:
 * legacy `<a name>` anchors become ids, alerts become labelled callouts,
 * videos become plain links, placeholders such as "<email>" stay text, and the
 * leading title and first paragraph are handed to the page.
 */
export interface ArticleSummary {
  /** Text of the article's leading level-1 heading, which the page renders itself. */
  headingText?: string;
  /** Its legacy anchor, so old deep links still land on the page title. */
  headingId?: string;
  /** The first paragraph as plain text, for the meta description. */
  firstParagraph?: string;
}

export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface ArticlePluginOptions {
  links: LinkResolver;
  alertLabels: Readonly<Record<AlertKind, string>>;
  videoLabel: string;
}

const ANCHOR_OPEN = /^<a\s+name=["']([^"']+)["']\s*\/?>$/i;
const ANCHOR_CLOSE = /^<\/a>$/i;
const ALERT_MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;
const VIDEO_MARKER = /^\[!VIDEO\s+([^\]\s]+)\s*\]$/i;

/** The target name of a legacy `<a name="…">` anchor, written as raw HTML or as MDX JSX. */
export function legacyAnchorName(node: RootContent): string | undefined {
  if (node.type === 'html') return ANCHOR_OPEN.exec(node.value.trim())?.[1];
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    if (node.name !== 'a') return undefined;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
    return typeof attribute?.value === 'string' ? attribute.value : undefined;
  }
  return undefined;
}

function isAnchorClose(node: RootContent | undefined): boolean {
  return node?.type === 'html' && ANCHOR_CLOSE.test(node.value.trim());
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

type Context = MdastVisitorContext;

function summaryOf(ctx: Context): ArticleSummary {
  const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  if (!astro) return {};
  astro.frontmatter ??= {};
  return astro.frontmatter as ArticleSummary;
}

/** A Sätteri mdast plugin; one instance is made per document. */
export function articlePlugin(options: ArticlePluginOptions) {
  return (_document: PluginFactoryContext): MdastPluginDefinition => {
    let titleIndex = -1;
    // A name given twice keeps its first place; the later heading gets a generated id.
    const usedIds = new Set<string>();
    const claim = (id: string | undefined): string | undefined => {
      if (id === undefined || usedIds.has(id)) return undefined;
      usedIds.add(id);
      return id;
    };

    const anchorOf = (heading: Heading): string | undefined => {
      for (const child of heading.children as RootContent[]) {
        const name = legacyAnchorName(child);
        if (name !== undefined) return name;
      }
      return undefined;
    };

    const moveAnchorToId = (heading: Heading, ctx: Context, id: string | undefined): void => {
      const children = heading.children as RootContent[];
      const at = children.findIndex((child) => legacyAnchorName(child) !== undefined);
      ctx.removeNode(children[at]!);
      if (isAnchorClose(children[at + 1])) ctx.removeNode(children[at + 1]!);
      if (id !== undefined) ctx.setProperty(heading, 'data', { ...heading.data, hProperties: { id } });
    };

    return {
      name: 'docfx-article',
      before(root: Readonly<Root>, ctx) {
        const children = root.children;
        const first = children.findIndex((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
        const firstNode = children[first];
        if (firstNode?.type === 'heading' && firstNode.depth === 1) titleIndex = first;
        const paragraph = children.find(
          (node, index): node is Paragraph => node.type === 'paragraph' && index !== titleIndex,
        );
        if (paragraph)
          summaryOf(ctx).firstParagraph = ctx
            .textContent(paragraph, { includeHtml: false })
            .replace(/\s+/g, ' ')
            .trim();
      },
      heading(node, ctx) {
        const anchor = anchorOf(node);
        const id = claim(anchor);
        const isTitle = titleIndex !== -1 && ctx.parent(node)?.type === 'root' && ctx.indexOf(node) === titleIndex;
        if (isTitle) {
          // The page renders the title itself, above the date and notices.
          const summary = summaryOf(ctx);
          summary.headingText = ctx.textContent(node, { includeHtml: false }).trim();
          if (id !== undefined) summary.headingId = id;
          ctx.removeNode(node);
        } else if (anchor !== undefined) {
          moveAnchorToId(node, ctx, id);
        }
      },
      html(node, ctx) {
        if (isPseudoTag(node.value)) {
          // "<email>" in a sentence is a placeholder for the reader to fill in, not markup.
          ctx.replaceNode(node, { type: 'text', value: node.value });
          return;
        }
        const parent = ctx.parent(node);
        if (!parent || parent.type === 'heading') return;
        if (parent.type === 'link' && isAnchorClose(node)) {
          // A stray "</a>" inside a link's text would end the link early and leave it empty.
          ctx.removeNode(node);
          return;
        }
        const name = legacyAnchorName(node);
        if (name !== undefined) {
          // An anchor outside a heading keeps its target as an empty span with that id.
          const id = claim(name);
          if (id === undefined) ctx.removeNode(node);
          else
            ctx.replaceNode(node, { type: 'html', value: `<span id="${escapeAttribute(id)}"></span>` } satisfies Html);
          return;
        }
        const index = ctx.indexOf(node) ?? 0;
        const previous = (parent.children as RootContent[])[index - 1];
        if (isAnchorClose(node) && previous && legacyAnchorName(previous) !== undefined) ctx.removeNode(node);
      },
      mdxJsxTextElement(node, ctx) {
        const name = legacyAnchorName(node);
        if (name === undefined || ctx.parent(node)?.type === 'heading') return;
        const id = claim(name);
        if (id === undefined) {
          ctx.removeNode(node);
          return;
        }
        const span: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
          children: [],
        };
        ctx.replaceNode(node, span);
      },
      link(node, ctx) {
        // A link whose text was lost still needs a name: its address is the honest one.
        const hasText = ctx.textContent(node, { includeImageAlt: true, includeHtml: false }).trim() !== '';
        if (hasText || node.children.some((child) => child.type === 'image')) return;
        // With neither words nor an address the link leads nowhere; the build has reported it.
        if (node.url.trim() === '') ctx.removeNode(node);
        else ctx.appendChild(node, { type: 'text', value: node.url });
      },
      blockquote(node, ctx) {
        convertAlertOrVideo(node, ctx, options);
      },
      // Resolved here already, so Astro's own image handling never takes media/… for a missing asset.
      image(node, ctx) {
        ctx.setProperty(node, 'url', resolveArticleUrl(node.url, options.links));
      },
      definition(node, ctx) {
        ctx.setProperty(node, 'url', resolveArticleUrl(node.url, options.links));
      },
    };
  };
}

function convertAlertOrVideo(node: Readonly<Blockquote>, ctx: Context, options: ArticlePluginOptions): void {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return;
  const lead = first.children[0];
  if (lead?.type !== 'text') return;

  // GFM may have turned the video address into a link, so the marker is read from the paragraph's text.
  const video = node.children.length === 1 ? VIDEO_MARKER.exec(ctx.textContent(first).trim()) : null;
  if (video) {
    const paragraph: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: ['video-link'] } } as Paragraph['data'],
      children: [{ type: 'link', url: video[1]!, children: [{ type: 'text', value: options.videoLabel }] }],
    };
    ctx.replaceNode(node, paragraph);
    return;
  }

  const alert = ALERT_MARKER.exec(lead.value);
  if (!alert) return;
  const kind = alert[1]!.toLowerCase() as AlertKind;
  const rest = lead.value.slice(alert[0].length);
  if (rest !== '') ctx.setProperty(lead, 'value', rest);
  else if (first.children.length > 1) ctx.removeNode(lead);
  else ctx.removeNode(first);
  const label: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { className: ['callout-label'] } } as Paragraph['data'],
    children: [{ type: 'strong', children: [{ type: 'text', value: options.alertLabels[kind] }] }],
  };
  ctx.prependChild(node, label);
  ctx.setProperty(node, 'data', {
    hName: 'div',
    hProperties: { className: ['callout', `callout-${kind}`], role: 'note' },
  });
}

const TEXT_ALIGN = /text-align:\s*(left|center|right)/;

/**
 * The HTML-level half: links and images, from Markdown or raw HTML alike, point where
 * they resolve on this site (see resolveLink); every
 * image gets an alt attribute and loads lazily, and style attributes, which the
 * Content-Security-Policy forbids, give way to classes (table column alignment) or go.
 */
export function articleHtmlPlugin(options: Pick<ArticlePluginOptions, 'links'>): HastPluginDefinition {
  return {
    name: 'docfx-article-html',
    element: {
      filter: ['img', 'a', 'th', 'td', 'p', 'div', 'span', 'table', 'font'],
      visit(node, ctx) {
        const properties = node.properties ?? {};
        if (node.tagName === 'img') {
          if (typeof properties['src'] === 'string')
            ctx.setProperty(node, 'src', resolveArticleUrl(properties['src'], options.links));
          if (typeof properties['alt'] !== 'string') ctx.setProperty(node, 'alt', '');
          ctx.setProperty(node, 'loading', 'lazy');
          ctx.setProperty(node, 'decoding', 'async');
        }
        if (node.tagName === 'a' && typeof properties['href'] === 'string') {
          ctx.setProperty(node, 'href', resolveArticleUrl(properties['href'], options.links));
        }
        const style = properties['style'];
        if (typeof style === 'string') {
          const align = TEXT_ALIGN.exec(style)?.[1];
          if (align) ctx.setProperty(node, 'className', [...classNames(properties['className']), `align-${align}`]);
          ctx.setProperty(node, 'style', null);
        }
        if (typeof properties['align'] === 'string') {
          ctx.setProperty(node, 'className', [...classNames(properties['className']), `align-${properties['align']}`]);
          ctx.setProperty(node, 'align', null);
        }
      },
    },
  };
}

function classNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}
