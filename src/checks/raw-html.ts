import { isPseudoTag } from '../markdown/placeholders.ts';
import { decodeEntities, tagAttributeList } from '../utils/html-attributes.ts';
import {
  ALLOWED_ELEMENTS,
  DROPPED_ELEMENTS,
  isAllowedHtmlAttribute,
  isSafeUrl,
  urlProperty,
} from '../markdown/html-allowlist.ts';

/**
 * What the allowlist takes out of a piece of raw HTML, said so an author can find it: the same
 * list the renderer applies (src/markdown/html-sanitize.ts), read from the source as written.
 */

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
/** The removals, one message each, in the order they appear. */
export function rawHtmlRemovals(html: string): string[] {
  const removals: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    if (isPseudoTag(match[0])) continue;
    if (DROPPED_ELEMENTS.has(tag)) {
      removals.push(`raw HTML: removed <${tag}> and its content: it can run code, load another site or send a form`);
      continue;
    }
    if (!ALLOWED_ELEMENTS.has(tag)) {
      removals.push(`raw HTML: removed the <${tag}> tag, its content stays: expected an element of the allowlist`);
      continue;
    }
    for (const [name, value] of tagAttributeList(match[2]!)) {
      const property = urlProperty(name);
      if (!isAllowedHtmlAttribute(tag, name)) {
        removals.push(
          `raw HTML: removed ${name}="…" from <${tag}>: ${/^on/.test(name) ? 'it runs code' : 'expected an attribute of the allowlist'}`,
        );
      } else if (property !== undefined && !isSafeUrl(value, property)) {
        removals.push(`raw HTML: removed ${name}="${value.slice(0, 40)}" from <${tag}>: its scheme can run code`);
      }
    }
  }
  return removals;
}

const ADDRESS = /<(?:img|a)\b[^>]*?\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The addresses of the links and images in a piece of raw HTML, as the browser reads them. */
export function rawHtmlAddresses(html: string): string[] {
  return [...html.matchAll(ADDRESS)].map((match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
}

/**
 * Block elements a browser never closes by itself: left open, the rest of the page falls inside
 * them (a table cell holding every paragraph after it). Elements closed by the next of their kind
 * (<p>, <li>, <td>, <tr>) are not among them.
 */
const SELF_ENDING_NEVER = new Set(['div', 'table', 'section', 'details', 'blockquote', 'ul', 'ol', 'dl', 'pre']);
const BLOCK_TAG = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;

/** The block elements of a document's raw HTML that are opened and never closed, each with its line. */
export function unclosedHtml(pieces: readonly { html: string; line: number | undefined }[]): {
  tag: string;
  line: number | undefined;
}[] {
  const open: { tag: string; line: number | undefined }[] = [];
  for (const { html, line } of pieces) {
    for (const [, closing, name, selfClosing] of html.matchAll(BLOCK_TAG)) {
      const tag = name!.toLowerCase();
      if (!SELF_ENDING_NEVER.has(tag) || selfClosing) continue;
      if (!closing) open.push({ tag, line });
      else {
        const at = open.findLastIndex((element) => element.tag === tag);
        if (at !== -1) open.splice(at);
      }
    }
  }
  return open;
}
