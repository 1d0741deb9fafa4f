/**
 * Attribute values as a browser reads them, for code that looks at HTML as text (the built
 * pages' <meta> tags, links and ids; raw HTML in articles): entities decoded, names lowercased.
 */

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

/** "&#106;avascript&colon;" → "javascript:". */
export function decodeEntities(value: string): string {
  return value.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML or XML writes it, in an element or a quoted attribute: "A & B" → "A &amp; B". */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes written after a tag's name (' a="1" b'), in order, as [lowercased name, decoded value]. */
export function tagAttributeList(text: string): [name: string, value: string][] {
  return [...text.matchAll(ATTRIBUTE)].map((match) => [
    match[1]!.toLowerCase(),
    decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''),
  ]);
}
