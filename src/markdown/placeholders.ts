import type { MdastPluginEntry } from 'satteri';
import { onlyIfUsed } from './only-if-used.ts';

/** The elements of HTML; a "tag" outside this list in an article is text, such as a "<email>" placeholder. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b bdi bdo blockquote br button caption cite code col colgroup data ' +
    'dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header ' +
    'hr i iframe img input ins kbd label legend li main map mark menu meter nav noscript object ol optgroup option ' +
    'output p picture pre progress q rp rt ruby s samp section select small source span strong sub summary sup ' +
    'table tbody td template textarea tfoot th thead time tr track u ul var video wbr center font big tt strike ' +
    // Elements that run or load things: parsed as elements, so the allowlist can drop them.
    'script style meta base link svg math frame frameset applet noscript canvas portal'
  ).split(' '),
);

const TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/;

/** The element name of a raw HTML tag ("<BR/>" → "br"), or undefined for comments and the like. */
export function tagName(html: string): string | undefined {
  return TAG.exec(html.trim())?.[1]?.toLowerCase();
}

/** True for a raw tag whose name is no HTML element: a placeholder written in angle brackets. */
export function isPseudoTag(html: string): boolean {
  const name = tagName(html);
  return name !== undefined && !HTML_ELEMENTS.has(name);
}

/** "<email>" in a sentence is a placeholder for the reader to fill in, not markup: it stays text. */
export function placeholdersPlugin(): MdastPluginEntry {
  // Only a source with a "<" has HTML nodes to look at.
  return onlyIfUsed(/</, {
    name: 'docfx-placeholders',
    html(node, ctx) {
      if (isPseudoTag(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
    },
  });
}
