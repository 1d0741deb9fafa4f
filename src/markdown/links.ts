import type { Image, PhrasingContent } from 'mdast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { resolveArticleUrl, resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import { decodes } from '../utils/url-problems.ts';
import { isAnchorClose } from './anchors.ts';
import { MISSING_IMAGE } from './html-images.ts';

/**
 * An address every later step can decode: Astro's image collector decodes each image's address
 * and stops the build on one that does not decode ("%zz", a cut UTF-8 sequence), so each "%" of
 * such an address is written as "%25", which decodes back to the address as written.
 */
function decodable(url: string): string {
  return decodes(url) ? url : url.replaceAll('%', '%25');
}

/**
 * Links and images point where they resolve on this site (see resolveLink), whether written
 * in Markdown or raw HTML, and no link is left without a name.
 */
export function linksPlugin(targets: LinkTargets, fromFile: string): MdastPluginDefinition {
  /**
   * An image where it resolves, or else marked as missing (localized repositories keep images in
   * the source language's): the HTML images plugin puts a stand-in holding its words there.
   */
  const resolvedImage = (image: Image): Image => {
    const resolved = resolveLink(image.url, targets, fromFile);
    return resolved.asText
      ? {
          type: 'image',
          url: '',
          alt: image.alt ?? '',
          data: { hProperties: { [MISSING_IMAGE]: true } } as Image['data'],
        }
      : { ...image, url: decodable(resolved.url) };
  };
  /** A link's content with its images resolved: what stays when the link itself goes. */
  const resolvedContent = (nodes: readonly PhrasingContent[]): PhrasingContent[] =>
    nodes.map((child) =>
      child.type === 'image'
        ? resolvedImage(child)
        : 'children' in child
          ? ({ ...child, children: resolvedContent(child.children as PhrasingContent[]) } as PhrasingContent)
          : child,
    );
  return {
    name: 'docfx-links',
    link(node, ctx) {
      const resolved = resolveLink(node.url, targets, fromFile);
      if (resolved.asText) {
        // Nothing answers at that address (the build has said so): the words stay, the link goes.
        // The link's images are resolved here, with it: a transform queued on a node the
        // replacement removes is dropped, and an image left as written would reach Astro's
        // image pipeline as a file it cannot find.
        ctx.replaceNode(node, resolvedContent(node.children as PhrasingContent[]));
        return;
      }
      // A link whose text was lost still needs a name: its address is the honest one.
      const hasText = ctx.textContent(node, { includeImageAlt: true, includeHtml: false }).trim() !== '';
      if (hasText || node.children.some((child) => child.type === 'image')) return;
      // With neither words nor an address the link leads nowhere; the build has reported it.
      if (node.url.trim() === '') ctx.removeNode(node);
      else ctx.appendChild(node, { type: 'text', value: node.url });
    },
    html(node, ctx) {
      // A stray "</a>" inside a link's text would end the link early and leave it empty.
      if (ctx.parent(node)?.type === 'link' && isAnchorClose(node)) ctx.removeNode(node);
    },
    // Resolved here already, so Astro's own image handling never takes media/… for a missing asset.
    image(node, ctx) {
      // Inside a link that goes, the link's visitor has resolved the image already.
      let parent: ReturnType<typeof ctx.parent> = ctx.parent(node);
      while (parent !== undefined) {
        if (parent.type === 'link' && resolveLink(parent.url, targets, fromFile).asText) return;
        parent = parent.type === 'root' ? undefined : ctx.parent(parent as Parameters<typeof ctx.parent>[0]);
      }
      const image = resolvedImage(node as Image);
      if (image.url === '') ctx.replaceNode(node, image);
      else ctx.setProperty(node, 'url', image.url);
    },
    definition(node, ctx) {
      ctx.setProperty(node, 'url', resolveArticleUrl(node.url, targets, fromFile));
    },
  };
}

/** The same resolution for links and images written as raw HTML. */
export function htmlLinksPlugin(targets: LinkTargets, fromFile: string): HastPluginDefinition {
  return {
    name: 'docfx-html-links',
    element: {
      filter: ['img', 'a'],
      visit(node, ctx) {
        const attribute = node.tagName === 'img' ? 'src' : 'href';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const resolved = resolveLink(value, targets, fromFile);
        if (!resolved.asText) ctx.setProperty(node, attribute, resolved.url);
        else if (node.tagName === 'a') ctx.setProperty(node, 'href', null);
        // Nothing answers there, or it is outside the doc set: marked, for a stand-in with its words.
        else ctx.setProperty(node, MISSING_IMAGE, true);
      },
    },
  };
}
