import type { HastPluginDefinition } from 'satteri';

const TEXT_ALIGN = /text-align:\s*(left|center|right)/;

function classNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/**
 * Style attributes, which the Content-Security-Policy forbids, give way to classes (table
 * column alignment, from GFM or raw HTML) or go.
 */
export function htmlStylesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-html-styles',
    element: {
      filter: ['img', 'a', 'th', 'td', 'p', 'div', 'span', 'table', 'font'],
      visit(node, ctx) {
        const properties = node.properties ?? {};
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
