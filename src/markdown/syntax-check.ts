import type { BlockRules } from './blocks.ts';

/**
 * The check half of the DocFX block syntaxes (zones, rows and columns): the same tag rules the
 * renderer builds blocks with, read over a source's lines, so a block that is never ended, or an
 * end tag with nothing to end, is said at its line. The renderer then does what it always does:
 * an open block ends with its container, a stray end tag stays text.
 */

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

const FENCE = /^ {0,3}(?:[-*+] +|\d+[.)] +)*(`{3,}|~{3,})/;

/** The lines of a Markdown source outside fenced code, where DocFX tags can stand. */
export function linesOutsideCode(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let fence: string | undefined;
  source.split(/\r?\n/).forEach((text, index) => {
    const opening = FENCE.exec(text.trimStart());
    if (fence !== undefined) {
      if (opening && opening[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening[1];
      return;
    }
    lines.push({ text, line: index + 1 });
  });
  return lines;
}

export interface BlockImbalance<Tag> {
  kind: 'unclosed' | 'stray';
  tag: Tag;
  line: number;
}

/** The blocks of one syntax that are never ended, and the end tags with no block to end. */
export function blockImbalances<Tag>(
  lines: readonly SourceLine[],
  rules: Pick<BlockRules<Tag>, 'tag' | 'opens' | 'closes'>,
): BlockImbalance<Tag>[] {
  const found: BlockImbalance<Tag>[] = [];
  const stack: { tag: Tag; line: number }[] = [];
  for (const { text, line } of lines) {
    // Tags stand alone on a line, inside a list item or a block quote too.
    const tag = rules.tag(text.replace(/^\s*(?:>\s*)*/, ''));
    if (tag === undefined) continue;
    if (rules.opens(tag)) {
      stack.push({ tag, line });
      continue;
    }
    const target = stack.findLastIndex((open) => rules.closes(tag, open.tag));
    if (target === -1) {
      found.push({ kind: 'stray', tag, line });
      continue;
    }
    // Blocks opened inside the one this tag ends are ended with it, never by a tag of their own.
    for (const open of stack.splice(target + 1)) found.push({ kind: 'unclosed', ...open });
    stack.pop();
  }
  for (const open of stack) found.push({ kind: 'unclosed', ...open });
  return found.sort((a, b) => a.line - b.line);
}
