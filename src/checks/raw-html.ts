import { isPseudoTag } from '../markdown/placeholders.ts';
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
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt|tab|newline|colon));?/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  tab: '\t',
  newline: '\n',
  colon: ':',
};

/** An attribute value as the browser reads it: "&#106;avascript&colon;" → "javascript:". */
function decode(value: string): string {
  return value.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

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
    for (const attribute of match[2]!.matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      const value = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
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
  return [...html.matchAll(ADDRESS)].map((match) => decode(match[1] ?? match[2] ?? match[3] ?? ''));
}
