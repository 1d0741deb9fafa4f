import type { HastPluginDefinition } from 'satteri';

/**
 * Header cells say what they head: `scope="col"` in a table's head, `scope="row"` elsewhere,
 * unless the source said so itself. GFM tables and raw HTML tables alike, so screen readers
 * announce each data cell with its headers (WCAG technique H63).
 */
export function htmlTablesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-html-tables',
    element: {
      filter: ['th'],
      visit(node, ctx) {
        if (typeof node.properties?.['scope'] === 'string') return;
        const row = ctx.parent(node);
        const section = row ? ctx.parent(row as never) : undefined;
        const inHead = section?.type === 'element' && section.tagName === 'thead';
        ctx.setProperty(node, 'scope', inHead ? 'col' : 'row');
      },
    },
  };
}
