import type { Image, Link, Paragraph, PhrasingContent } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { buildBlocks, containersPlugin, element, indentedContentPlugin, type Block } from './blocks.ts';
import { holds, paragraphLines, paragraphOf, type Line } from './lines.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes, tagSource } from './tag-attributes.ts';
import type { Context } from './document.ts';

/**
 * The Microsoft Learn image extension (Markdown reference, "Standard conceptual images (Learn
 * Markdown)", "Complex images with long descriptions", "Icons"):
 *
 *     :::image type="content" source="media/a.png" alt-text="Alt" lightbox="media/a-big.png" border="false":::
 *     :::image type="icon" source="media/icon.png":::
 *     :::image type="complex" source="media/chart.png" alt-text="Alt":::
 *        Long description…
 *     :::image-end:::
 *
 * Each becomes an mdast image, so the links plugin resolves its address like any other. An icon is
 * decorative (empty alt text). `border` (on by default, off for icons) is a class, as the policy
 * forbids style attributes; `link` makes the image a link there, or else `lightbox` links it to its
 * larger version. A complex image is
 * a `<figure>` whose long description sits in a `<details>` under it: Learn hides it from sight
 * for screen readers only, here every reader can open it. A missing `source` or `alt-text` leaves
 * the image with empty alt text, which the checks report; a tag without its closing `:::` stays
 * text, and a complex image without `:::image-end:::` is a plain image.
 */

export interface ImageLabels {
  /** The summary of a complex image's long description. */
  description: string;
  /** The name of a larger-image link around an image with no alt text. */
  largerView: string;
}

/** `:::image …:::` anywhere in a line. */
const IMAGE_TAG = new RegExp(tagSource('image'), 'g');
const IMAGE_END = /^:::\s*image-end\s*:::$/;

/** The attributes of every `:::image …:::` tag in a text, with where each starts and ends. */
export function imageTags(text: string): { start: number; end: number; attributes: ReadonlyMap<string, string> }[] {
  return [...text.matchAll(IMAGE_TAG)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    attributes: tagAttributes(match[1]!),
  }));
}

/** `content` (the default), `icon` or `complex`. */
export function imageType(attributes: ReadonlyMap<string, string>): string {
  return attributes.get('type')?.trim().toLowerCase() || 'content';
}

type ComplexTag = { kind: 'open'; attributes: ReadonlyMap<string, string> } | { kind: 'end' };

/** A line that opens a complex image (the whole line is its tag) or ends one. */
function complexTag(line: string): ComplexTag | undefined {
  if (IMAGE_END.test(line)) return { kind: 'end' };
  const [tag, ...others] = imageTags(line);
  const whole = tag && others.length === 0 && tag.start === 0 && tag.end === line.length;
  return whole && imageType(tag.attributes) === 'complex' ? { kind: 'open', attributes: tag.attributes } : undefined;
}

/**
 * The image a tag describes: linked where `link` says, or else to its larger version when it has
 * a `lightbox`.
 */
function imageNode(attributes: ReadonlyMap<string, string>, labels: ImageLabels): PhrasingContent {
  const icon = imageType(attributes) === 'icon';
  const border = attributes.get('border')?.trim().toLowerCase();
  const framed = border === undefined ? !icon : border === 'true';
  const target = attributes.get('link');
  const image: Image = {
    type: 'image',
    url: attributes.get('source') ?? '',
    // An icon is decorative, unless it is all a link shows: then its words name the link.
    alt: icon && target === undefined ? '' : (attributes.get('alt-text') ?? ''),
    ...(framed && { data: { hProperties: { className: ['image-border'] } } as Image['data'] }),
  };
  const lightbox = attributes.get('lightbox');
  if (target === undefined && lightbox === undefined) return image;
  const link: Link = {
    type: 'link',
    url: target ?? lightbox ?? '',
    children: [image],
    // With no alt text the image gives the link no name, so the link says what it opens.
    ...(image.alt === '' && {
      data: { hProperties: { ariaLabel: target === undefined ? labels.largerView : target } } as Link['data'],
    }),
  };
  return link;
}

/** A figure with the long description under the image; undefined (the tag stays text) if never ended. */
function complexImage(
  open: ComplexTag,
  description: Block[],
  closed: boolean,
  labels: ImageLabels,
): Block[] | undefined {
  if (open.kind !== 'open' || !closed) return undefined;
  const image = imageNode(open.attributes, labels);
  const summary = element('docfxSummary', 'summary', {}, [{ type: 'text', value: labels.description }]);
  const details = element('docfxDetails', 'details', { className: ['image-description'] }, [summary, ...description]);
  return [
    element('docfxFigure', 'figure', { className: ['image-complex'] }, [
      image,
      ...(description.length ? [details] : []),
    ]),
  ];
}

/**
 * The line with each image tag in it replaced by its image, or undefined if it has none. A tag may
 * span several nodes (an address GFM made a link); only text nodes are cut where it starts and ends.
 */
function replaceTags(line: Line, labels: ImageLabels): PhrasingContent[] | undefined {
  const parts: { node: PhrasingContent; text: string; start: number; end: number }[] = [];
  let offset = 0;
  line.nodes.forEach((node, index) => {
    const text = line.texts[index] ?? '';
    parts.push({ node, text, start: offset, end: offset + text.length });
    offset += text.length;
  });
  const cuttable = (at: number) =>
    parts.every((part) => part.node.type === 'text' || at <= part.start || at >= part.end);
  const tags = imageTags(parts.map((part) => part.text).join('')).filter(
    (tag) => cuttable(tag.start) && cuttable(tag.end),
  );
  if (tags.length === 0) return undefined;
  const slice = (from: number, to: number) =>
    parts.flatMap((part): PhrasingContent[] => {
      if (part.end <= from || part.start >= to) return [];
      if (part.start >= from && part.end <= to) return [part.node];
      const value = part.text.slice(Math.max(from, part.start) - part.start, Math.min(to, part.end) - part.start);
      return value === '' ? [] : [{ type: 'text', value }];
    });
  const nodes: PhrasingContent[] = [];
  let from = 0;
  for (const tag of tags) {
    nodes.push(...slice(from, tag.start), imageNode(tag.attributes, labels));
    from = tag.end;
  }
  nodes.push(...slice(from, offset));
  return nodes;
}

/** Image tags within a paragraph's text: a line of its own, or an icon in a sentence. */
function inlineImages(paragraph: Readonly<Paragraph>, ctx: Context, labels: ImageLabels): void {
  if (!holds(paragraph, ':::')) return;
  const lines = paragraphLines(paragraph, ctx);
  const replaced = lines.map((line) => replaceTags(line, labels));
  if (replaced.every((nodes) => nodes === undefined)) return;
  const rebuilt = lines.map((line, index) => ({ nodes: replaced[index] ?? line.nodes, hardBreak: line.hardBreak }));
  ctx.setProperty(paragraph, 'children', paragraphOf(rebuilt).children);
}

/** How a line changes the nesting of complex images: +1 opens one, -1 ends one. */
function complexDepth(line: string): number {
  const tag = complexTag(line);
  return tag === undefined ? 0 : tag.kind === 'open' ? 1 : -1;
}

export function imagePlugin(labels: ImageLabels): MdastPluginEntry[] {
  const inline: MdastPluginDefinition = {
    name: 'docfx-image',
    paragraph(node, ctx) {
      inlineImages(node, ctx, labels);
    },
  };
  const complex = /:::image[^\n]*type\s*=\s*["']complex/;
  return [
    indentedContentPlugin('docfx-image-indent', complex, complexDepth),
    // Complex images first, as blocks: what is left are single tags, which the next pass renders.
    onlyIfUsed(
      complex,
      containersPlugin('docfx-image-complex', (children, ctx) =>
        buildBlocks(
          children,
          {
            sign: ':::',
            tag: complexTag,
            opens: (tag) => tag.kind === 'open',
            closes: (tag) => tag.kind === 'end',
            build: (open, description, closed) => complexImage(open, description, closed, labels),
          },
          ctx,
        ),
      ),
    ),
    onlyIfUsed(/:::image/, inline),
  ];
}
