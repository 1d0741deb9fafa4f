import type { HastPluginDefinition } from 'satteri';

const TEXT_ALIGN = /text-align:\s*(left|center|right)/;

/** HTML 4's table presentation, obsolete in HTML5; the site's own table styles stand in for it. */
const OBSOLETE_TABLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  table: ['cellSpacing', 'cellPadding', 'border', 'width', 'bgColor', 'frame', 'rules'],
  tr: ['vAlign', 'bgColor', 'height'],
  td: ['vAlign', 'width', 'height', 'bgColor', 'noWrap'],
  th: ['vAlign', 'width', 'height', 'bgColor', 'noWrap'],
};

function classNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/**
 * Style attributes, which the Content-Security-Policy forbids, give way to classes (table
 * column alignment, from GFM or raw HTML) or go, and so do the obsolete presentational
 * attributes of raw HTML tables.
 */
export function htmlStylesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-html-styles',
    element: {
      filter: ['img', 'a', 'th', 'td', 'tr', 'p', 'div', 'span', 'table', 'font'],
      visit(node, ctx) {
        const properties = node.properties ?? {};
        for (const name of OBSOLETE_TABLE_ATTRIBUTES[node.tagName] ?? []) {
          if (properties[name] !== undefined) ctx.setProperty(node, name, null);
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
