import type { HastPluginDefinition } from 'satteri';

/**
 * Images from other sites become links to them (see below). Every image gets an alt attribute (empty where the source gave none; the check reports it)
 * and loads lazily, so a long article does not fetch images the reader never scrolls to.
 */
export function htmlImagesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-html-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties?.['src'];
        const alt = node.properties?.['alt'];
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
        ctx.setProperty(node, 'loading', 'lazy');
        ctx.setProperty(node, 'decoding', 'async');
      },
    },
  };
}
