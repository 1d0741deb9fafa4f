import type { FindingCode } from '../findings/finding.ts';
import type { BlockRules } from './blocks.ts';
import type { SourceLine } from './lines.ts';

/**
 * The check half of each DocFX syntax. A syntax module exports its check beside its plugin, read
 * with the same rules the renderer uses, so what the page shows and what the build reports agree:
 * the renderer does what it always does with a malformed use (an open block ends with its
 * container, a stray end tag stays text), and the check says so at the line.
 */

/** A malformed use of a syntax, at its line. */
export interface SyntaxProblem {
  code: FindingCode;
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface SyntaxCheck {
  /** A cheap look at a whole source: only sources it matches are read line by line. */
  uses: RegExp;
  /** The problems on the lines of a source outside fenced code. */
  problems(lines: readonly SourceLine[]): SyntaxProblem[];
}

/** The code of a block never ended, or of an end tag with nothing to end. */
export function imbalanceCode(kind: 'unclosed' | 'stray'): FindingCode {
  return kind === 'unclosed' ? 'block-unclosed' : 'block-stray';
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
