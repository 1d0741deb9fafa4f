import type { Image, Link, PhrasingContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { buildBlocks, containersPlugin, element, indentedContentPlugin, type Block } from './blocks.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagSource } from './tag-attributes.ts';
import { inlineTagsPlugin, tagsIn, type TagMatch } from './inline-tags.ts';

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
export function imageTags(text: string): TagMatch[] {
  return tagsIn(IMAGE_TAG, text);
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

/** How a line changes the nesting of complex images: +1 opens one, -1 ends one. */
function complexDepth(line: string): number {
  const tag = complexTag(line);
  return tag === undefined ? 0 : tag.kind === 'open' ? 1 : -1;
}

export function imagePlugin(labels: ImageLabels): MdastPluginEntry[] {
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
    inlineTagsPlugin('docfx-image', /:::image/, imageTags, (attributes) => imageNode(attributes, labels)),
  ];
}
