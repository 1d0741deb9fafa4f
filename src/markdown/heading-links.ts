import GithubSlugger, { slug } from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import { HEADING_LINK_CLASS } from './heading-link-class.ts';

export { HEADING_LINK_CLASS } from './heading-link-class.ts';

/** The id Markdig gives a heading without words ("section", then "section-1"…). */
const EMPTY_HEADING_ID = 'section';

/** Headings that get a link to themselves, and that an article's contents list. */
export const LINKED_HEADINGS = ['h2', 'h3'];

/**
 * A link to each section, after its heading, for readers to copy or share: a "#" shown on hover
 * and focus (src/styles/markdown.css). It is named by two ids, the page's hidden words "Saite uz
 * sadaļu" and the heading itself, so its name is in the page's language and the heading's text
 * is not written twice.
 *
 * Why this plugin gives every heading its id: Astro's own heading-ids step runs after every
 * plugin of ours. Giving out the same ids it would (GitHub's slugger, over the heading's text,
 * in document order, legacy anchors kept) leaves every address on the page as it was.
 */
export function headingLinksPlugin(labelId: string): () => HastPluginDefinition {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'docfx-heading-links',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const existing = node.properties?.['id'];
          const text = ctx.textContent(node);
          // A heading with nothing to slug gets "section", as Markdig names it, not an empty id.
          const id =
            typeof existing === 'string' ? existing : slugger.slug(slug(text) === '' ? EMPTY_HEADING_ID : text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!LINKED_HEADINGS.includes(node.tagName)) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading'] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: [HEADING_LINK_CLASS], href: `#${id}`, ariaLabelledBy: [labelId, id] },
                children: [{ type: 'text', value: '#' }],
              },
            ],
          });
        },
      },
    };
  };
}
