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

/**
 * A table wider than the article scrolls on its own (markdown.css), and a region that scrolls must
 * be reachable by keyboard to be scrolled by one (WCAG 2.1.1): each table is a tab stop. Added
 * after the sanitizer, which removes any tabindex an article's own HTML sets.
 */
export function scrollableTablesPlugin(): HastPluginDefinition {
  return {
    name: 'docfx-scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  };
}
