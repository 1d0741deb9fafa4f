/**
 * A DocFX tag, `:::name attributes:::`, as a pattern's source: the attributes are its first group,
 * and quoted values may hold colons (addresses). Each tag's module makes its own pattern of it.
 */
export function tagSource(name: string): string {
  return String.raw`:::${name}\s((?:[^:"']|"[^"]*"|'[^']*'|:(?!::))*):::`;
}

/** A DocFX tag's attribute: `name="value"` or `name='value'`. */
const ATTRIBUTE = /([A-Za-z][\w-]*)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a DocFX tag, by lower-case name, the first of each; anything else is skipped. */
export function tagAttributes(text: string): ReadonlyMap<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** A tag's text with the values of the named attributes passed through `rewrite`, quotes kept. */
export function rewriteAttributes(text: string, names: readonly string[], rewrite: (value: string) => string): string {
  return text.replace(ATTRIBUTE, (whole, name: string, equals: string, double?: string, single?: string) => {
    if (!names.includes(name.toLowerCase())) return whole;
    const quote = double === undefined ? "'" : '"';
    return `${name}${equals}${quote}${rewrite(double ?? single ?? '')}${quote}`;
  });
}
