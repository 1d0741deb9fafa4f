import type { Paragraph, Root } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { headingAnchor } from './anchors.ts';
import { summaryOf, type DocumentIds } from './document.ts';
import { isTabHeading } from './tabs.ts';

/**
 * The article's leading `# Title` and its first paragraph go to the page, which renders the
 * title itself (above the date and notices) and describes the page by the paragraph.
 */
export function titlePlugin(ids: DocumentIds): MdastPluginDefinition {
  let titleIndex = -1;
  return {
    name: 'docfx-title',
    before(root: Readonly<Root>, ctx) {
      const children = root.children;
      const first = children.findIndex((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
      const firstNode = children[first];
      // A tab heading first is a tab group's start, not the title.
      if (firstNode?.type === 'heading' && firstNode.depth === 1 && !isTabHeading(firstNode)) titleIndex = first;
      const paragraph = children.find(
        (node, index): node is Paragraph => node.type === 'paragraph' && index !== titleIndex,
      );
      if (paragraph)
        summaryOf(ctx).firstParagraph = ctx.textContent(paragraph, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    },
    heading(node, ctx) {
      const isTitle = titleIndex !== -1 && ctx.parent(node)?.type === 'root' && ctx.indexOf(node) === titleIndex;
      if (!isTitle) return;
      const summary = summaryOf(ctx);
      summary.headingText = ctx.textContent(node, { includeHtml: false }).trim();
      const id = ids.claim(headingAnchor(node));
      if (id !== undefined) summary.headingId = id;
      ctx.removeNode(node);
    },
  };
}
