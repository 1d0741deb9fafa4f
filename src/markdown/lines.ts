import type { Paragraph, PhrasingContent } from 'mdast';
import type { Context } from './document.ts';

/**
 * The two ways the DocFX syntaxes read Markdown line by line, which know no syntax themselves:
 * a parsed paragraph cut into its source lines (the renderer finds tags there), and a source's
 * lines outside fenced code (the checks find tags there).
 */

/** One source line of a paragraph: its inline nodes and the text each contributes. */
export interface Line {
  readonly nodes: readonly PhrasingContent[];
  readonly texts: readonly string[];
  /** Ended by a hard break (two trailing spaces) rather than a plain line end. */
  readonly hardBreak: boolean;
}

/** The text of a line as the reader sees it, trimmed: what tags are recognised by. */
export function lineText(line: Line): string {
  return line.texts.join('').trim();
}

/**
 * A paragraph cut into its source lines. Line ends live inside text values ("a\nb") or are hard
 * breaks; a text node is split only where it spans lines, so other nodes stay the same nodes.
 */
export function paragraphLines(paragraph: Readonly<Paragraph>, ctx: Pick<Context, 'textContent'>): Line[] {
  const lines: Line[] = [];
  let nodes: PhrasingContent[] = [];
  let texts: string[] = [];
  const add = (node: PhrasingContent, text: string) => {
    nodes.push(node);
    texts.push(text);
  };
  const endLine = (hardBreak: boolean) => {
    lines.push({ nodes, texts, hardBreak });
    nodes = [];
    texts = [];
  };
  for (const child of paragraph.children) {
    if (child.type === 'break') endLine(true);
    else if (child.type !== 'text') add(child, ctx.textContent(child));
    else if (!child.value.includes('\n')) add(child, child.value);
    else
      child.value.split('\n').forEach((piece, index) => {
        if (index > 0) endLine(false);
        if (piece !== '') add({ type: 'text', value: piece }, piece);
      });
  }
  endLine(false);
  return lines;
}

/** True when a text node of the paragraph holds `sign`: a cheap test before reading its lines. */
export function holds(paragraph: Readonly<Paragraph>, sign: string): boolean {
  return paragraph.children.some((child) => child.type === 'text' && child.value.includes(sign));
}

/** Lines joined back into one paragraph, each line end as it was written. */
export function paragraphOf(lines: readonly Pick<Line, 'nodes' | 'hardBreak'>[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) children.push(previous.hardBreak ? { type: 'break' } : { type: 'text', value: '\n' });
    children.push(...line.nodes);
  });
  return { type: 'paragraph', children };
}

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

/** A source line's container markers: block quotes' `>` and the spaces before them. */
export const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

/** A line without the container markers a block's first line had, `width` characters at most. */
export function withoutPrefix(line: string, width: number): string {
  return line.slice(Math.min(width, CONTAINER_PREFIX.exec(line)![0].length));
}

/** Where a node starts and ends in the source, when the parse tracked positions. */
type Positioned = {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
};
export const startOffset = (node: Readonly<Positioned>) => node.position?.start.offset;
export const endOffset = (node: Readonly<Positioned>) => node.position?.end.offset;
