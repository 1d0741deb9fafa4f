import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { resolveArticleUrl, resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import { isAnchorClose } from './anchors.ts';

/**
 * Links and images point where they resolve on this site (see resolveLink), whether written
 * in Markdown or raw HTML, and no link is left without a name.
 */
export function linksPlugin(targets: LinkTargets, fromFile: string): MdastPluginDefinition {
  return {
    name: 'docfx-links',
    link(node, ctx) {
      const resolved = resolveLink(node.url, targets, fromFile);
      if (resolved.asText) {
        // Nothing answers at that address (the build has said so): the words stay, the link goes.
        ctx.replaceNode(node, node.children);
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
      const resolved = resolveLink(node.url, targets, fromFile);
      // A missing image (localized repositories keep images in the source language's) shows its words.
      if (resolved.asText) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
      else ctx.setProperty(node, 'url', resolved.url);
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
        else {
          // Nothing answers there, or it is outside the doc set: the image's words instead.
          const alt = node.properties?.['alt'];
          ctx.replaceNode(node, { type: 'text', value: typeof alt === 'string' ? alt : '' });
        }
      },
    },
  };
}
