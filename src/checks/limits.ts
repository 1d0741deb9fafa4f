/**
 * Limits that keep one file from making the build slow or huge. Past each, the file is refused
 * with a message that names the limit; no real article comes near them.
 */

/** Block quotes and lists inside each other. Learn's deepest articles nest a handful. */
export const MAX_NESTING = 100;
/** YAML frontmatter, in characters: keys and values, not a document. */
export const MAX_FRONTMATTER = 64 * 1024;
/** YAML aliases in the frontmatter ("*name"): a few are handy, thousands are a bomb. */
export const MAX_YAML_ALIASES = 100;

const CONTAINER = /^ {0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/**
 * The deepest nesting of block quotes and list items one line opens, and its line: a cheap look
 * at the text before any parser, whose cost grows with the depth of every line it reads.
 */
export function deepestNesting(source: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    let rest = source.slice(start, end === -1 ? source.length : end);
    let depth = 0;
    for (let match = CONTAINER.exec(rest); match !== null && depth <= MAX_NESTING; match = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    if (depth > deepest.depth) deepest = { depth, line };
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return deepest;
}

/** How many YAML aliases a text uses. */
export function yamlAliases(text: string): number {
  return text.match(/(?:^|[\s[,{:-])\*[^\s,[\]{}]+/g)?.length ?? 0;
}
