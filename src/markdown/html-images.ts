import type { HastPluginDefinition } from 'satteri';

/**
 * Every image gets an alt attribute (empty where the source gave none; the check reports it)
 * and loads lazily, so a long article does not fetch images the reader never scrolls to.
 */
export function htmlImagesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-html-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        if (typeof node.properties?.['alt'] !== 'string') ctx.setProperty(node, 'alt', '');
        ctx.setProperty(node, 'loading', 'lazy');
        ctx.setProperty(node, 'decoding', 'async');
      },
    },
  };
}
