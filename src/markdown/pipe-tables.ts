import type { Paragraph } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { containersPlugin, isParagraph, type Block } from './blocks.ts';
import type { Context } from './document.ts';
import { parseFragment } from './features.ts';
import { CONTAINER_PREFIX, endOffset, paragraphLines, paragraphOf, startOffset, withoutPrefix } from './lines.ts';

/**
 * A pipe table whose delimiter row starts with a bare dash (`a | b` / `- | -` / `1 | 2`), as
 * DocFX's Markdig reads it: a table. CommonMark reads `- | -` as a list item that swallows the rows
 * after it. The row is written with a leading pipe (`| - | -`), which both read as a delimiter row,
 * and the lines are parsed again: in an included file before it is parsed, in an article where the
 * paragraph and the list meet.
 */

/** A delimiter row starting with a dash and a space, which CommonMark takes for a list item. */
const DASH_ROW = /^ {0,3}-[ \t]+\|[ \t|:-]*$/;
/** A cheap look at a source: it may hold such a row. */
const USES = /^[ \t>]*-[ \t]+\|[ \t|:-]*$/m;

export function mayHoldDashRows(source: string): boolean {
  return USES.test(source);
}

/** The source with each dash delimiter row under a header row written with a leading pipe. */
export function withPipedDelimiterRows(source: string): string {
  const lines = source.split('\n');
  return lines
    .map((line, index) => {
      const prefix = CONTAINER_PREFIX.exec(line)![0];
      const previous = lines[index - 1]?.slice(prefix.length) ?? '';
      const row = line.slice(prefix.length);
      return DASH_ROW.test(row) && previous.includes('|') && previous.trim() !== ''
        ? `${prefix}| ${row.trimStart()}`
        : line;
    })
    .join('\n');
}

/**
 * The blocks with each paragraph whose last line is a header row, followed by a list that starts
 * with a dash delimiter row, read again as the table they are.
 */
function withTables(children: readonly Block[], ctx: Context): Block[] | undefined {
  let changed = false;
  const blocks: Block[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const list = children[index + 1];
    const listStart = list?.type === 'list' ? startOffset(list) : undefined;
    const listEnd = list === undefined ? undefined : endOffset(list);
    const end = endOffset(child);
    if (!isParagraph(child) || listStart === undefined || listEnd === undefined || end === undefined) {
      blocks.push(child);
      continue;
    }
    const lineStart = (offset: number) => ctx.source.lastIndexOf('\n', offset - 1) + 1;
    const header = ctx.source.slice(lineStart(end), end);
    // The list must start on the line right after the header row.
    const adjacent = ctx.source.slice(end, listStart).split('\n').length === 2;
    const rows = `${header}\n${ctx.source.slice(lineStart(listStart), listEnd)}`;
    const reread = adjacent && header.includes('|') ? reparse(withPipedDelimiterRows(rows)) : undefined;
    if (reread?.[0]?.type !== 'table') {
      blocks.push(child);
      continue;
    }
    const lines = paragraphLines(child as Paragraph, ctx);
    if (lines.length > 1) blocks.push(paragraphOf(lines.slice(0, -1)));
    blocks.push(...reread);
    changed = true;
    index++;
  }
  return changed ? blocks : undefined;
}

/** Lines parsed again as Markdown, their container markers dropped. */
function reparse(text: string): Block[] {
  const lines = text.split('\n');
  const width = CONTAINER_PREFIX.exec(lines[0]!)![0].length;
  return parseFragment(lines.map((line) => withoutPrefix(line, width)).join('\n')).children as Block[];
}

/** Positions tell where the list starts, and tracking them slows parsing: only sources that need it. */
export function pipeTablesPlugin(): MdastPluginEntry {
  const definition: MdastPluginDefinition = {
    ...containersPlugin('docfx-dash-tables', withTables),
    options: { position: true },
  };
  return (document: PluginFactoryContext) => (mayHoldDashRows(document.source) ? definition : null);
}
