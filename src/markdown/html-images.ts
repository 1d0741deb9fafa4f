import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { inlineImageSize, type ImageFacts } from '../docset/media.ts';

/** The property the links plugins set on an image whose file nothing answers for. */
export const MISSING_IMAGE = 'dataImageMissing';

export interface HtmlImageOptions {
  /** The site's base path ("/" or "/palidziba/"): the images this site publishes start with it. */
  base: string;
  /** The doc set's images, by published path (see DocSet.images). */
  images: ReadonlyMap<string, ImageFacts>;
  /** The article's file on this machine, which Astro reads converted images from; undefined converts none. */
  article: string | undefined;
  /** The words before a missing image's alt text ("Attēls nav pieejams:"). */
  missingLabel: string;
}

/**
 * A path Astro's image pipeline reads back as it was written: it splits an import at "?" and
 * "#", decodes "%", and reads the format from the last ".". Other names are served as they are.
 */
const CONVERTIBLE_PATH = /^[\p{L}\p{N} _\-.,+~@()[\]/]+$/u;

/** "/palidziba/media/a%20b.png" → "media/a b.png": the published path of one of our images. */
function publishedPath(src: string, base: string): string | undefined {
  if (!src.startsWith(base)) return undefined;
  try {
    return decodeURI(src.slice(base.length));
  } catch {
    return undefined;
  }
}

/** A positive whole number written as an attribute, or undefined. */
function dimension(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? Math.round(number) : undefined;
}

/** A visibly marked stand-in for an image whose file is missing: its alt text, after what it is. */
function missingImage(alt: string, label: string): Element {
  const words: ElementContent[] = [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['image-missing-label'] },
      children: [{ type: 'text', value: label }],
    },
  ];
  if (alt.trim() !== '') words.push({ type: 'text', value: ` ${alt}` });
  return { type: 'element', tagName: 'span', properties: { className: ['image-missing'] }, children: words };
}

/** One of our images: its facts, found by its published address. */
function imageAt(src: unknown, { base, images }: Pick<HtmlImageOptions, 'base' | 'images'>): ImageFacts | undefined {
  const published = typeof src === 'string' ? publishedPath(src, base) : undefined;
  return published === undefined ? undefined : images.get(published);
}

/**
 * Every image as a reader needs it. One from another site becomes a link to it (see below); one
 * whose file is missing, a marked stand-in holding its alt text. Our own images get their width
 * and height from the file, so nothing moves as they load; the first loads at once, the others
 * when the reader scrolls near them. (Screenshots are then handed to Astro: astroImagesPlugin.)
 */
export function htmlImagesPlugin(options: HtmlImageOptions): HastPluginDefinition {
  let first = true;
  return {
    name: 'docfx-html-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const properties = node.properties ?? {};
        const src = properties['src'];
        const alt = properties['alt'];
        if (properties[MISSING_IMAGE] !== undefined) {
          ctx.replaceNode(node, missingImage(typeof alt === 'string' ? alt : '', options.missingLabel));
          return;
        }
        if (typeof src === 'string' && /^(?:https?:)?\/\//i.test(src.trim())) {
          // The policy lets pages load images from their own site only, and no reader should be
          // tracked by another: an image from elsewhere becomes a link to it, named by its alt text.
          const words = typeof alt === 'string' && alt.trim() !== '' ? alt : src;
          const parent = ctx.parent(node);
          // Inside a link already (a lightbox), the words alone: links do not nest.
          const inLink = parent?.type === 'element' && parent.tagName === 'a';
          ctx.replaceNode(
            node,
            inLink
              ? { type: 'text', value: words }
              : {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: src },
                  children: [{ type: 'text', value: words }],
                },
          );
          return;
        }
        if (typeof alt !== 'string') ctx.setProperty(node, 'alt', '');
        // Our own file's size, or the one an inline (`data:`) image's header says.
        const size = imageAt(src, options) ?? (typeof src === 'string' ? inlineImageSize(src) : undefined);
        if (size) {
          // An author's width alone keeps the file's proportions; so does a height alone. Given
          // both, the height follows the width unless it keeps them (within a pixel): a stretched
          // screenshot is never meant, and Astro's image service would crop it to fit.
          const ratio = size.height / size.width;
          const width = dimension(properties['width']);
          const written = dimension(properties['height']);
          const height =
            written !== undefined && width !== undefined && Math.abs(written - width * ratio) > 1 ? undefined : written;
          ctx.setProperty(node, 'width', width ?? (height ? Math.round(height / ratio) : size.width));
          ctx.setProperty(node, 'height', height ?? (width ? Math.round(width * ratio) : size.height));
        }
        // The first image may be in sight as the page opens; waiting for layout would delay it.
        ctx.setProperty(node, 'loading', first ? 'eager' : 'lazy');
        ctx.setProperty(node, 'decoding', 'async');
        first = false;
      },
    },
  };
}

/**
 * Hands each screenshot or photo to Astro's image pipeline, after the sanitizer has judged the
 * page: its path from the article goes into the document's `localImagePaths`, as Astro's own
 * Markdown does, and Astro serves it as WebP at the size the page gives it (its width and
 * height), the file itself staying the full-size view a link around it leads to. Astro copies the
 * image's other properties into the converted `<img>` by name, so its class is written `class`.
 */
export function astroImagesPlugin(options: HtmlImageOptions): HastPluginDefinition {
  return {
    name: 'docfx-astro-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const facts = imageAt(node.properties?.['src'], options);
        const astro = (ctx.data as { astro?: { localImagePaths: Set<string> } }).astro;
        if (!facts?.convert || options.article === undefined || astro === undefined) return;
        const relative = path.relative(path.dirname(options.article), facts.file).split(path.sep).join('/');
        if (!CONVERTIBLE_PATH.test(relative)) return;
        const local = relative.startsWith('.') ? relative : `./${relative}`;
        astro.localImagePaths.add(local);
        // A new element, as a property set to null would still be copied (as `className=""`).
        const { className, ...properties } = node.properties ?? {};
        const classes = Array.isArray(className) ? className.join(' ') : undefined;
        ctx.replaceNode(node, {
          type: 'element',
          tagName: 'img',
          properties: { ...properties, src: encodeURI(local), ...(classes ? { class: classes } : {}) },
          children: [],
        });
      },
    },
  };
}
