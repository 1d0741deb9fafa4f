import type { Paragraph, PhrasingContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import type { Context } from './document.ts';
import { holds, paragraphLines, paragraphOf, type Line } from './lines.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes } from './tag-attributes.ts';

/**
 * DocFX's tags that stand within a line (`:::image …:::`, `:::no-loc …:::`, `:::video …:::`):
 * found in a paragraph's text, each replaced by the node its syntax makes, the text around kept.
 */

/** A tag found in a text: where it starts and ends, and its attributes. */
export interface TagMatch {
  start: number;
  end: number;
  attributes: ReadonlyMap<string, string>;
}

/** Every match of a tag's global pattern (see tagSource) in a text. */
export function tagsIn(pattern: RegExp, text: string): TagMatch[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    attributes: tagAttributes(match[1]!),
  }));
}

type MakeNode = (attributes: ReadonlyMap<string, string>) => PhrasingContent;

/**
 * The line with each tag in it replaced by its node, or undefined if it has none. A tag may span
 * several nodes (an address GFM made a link); only text nodes are cut where it starts and ends.
 */
function replaceTags(line: Line, find: (text: string) => TagMatch[], make: MakeNode): PhrasingContent[] | undefined {
  const parts: { node: PhrasingContent; text: string; start: number; end: number }[] = [];
  let offset = 0;
  line.nodes.forEach((node, index) => {
    const text = line.texts[index] ?? '';
    parts.push({ node, text, start: offset, end: offset + text.length });
    offset += text.length;
  });
  const cuttable = (at: number) =>
    parts.every((part) => part.node.type === 'text' || at <= part.start || at >= part.end);
  const tags = find(parts.map((part) => part.text).join('')).filter((tag) => cuttable(tag.start) && cuttable(tag.end));
  if (tags.length === 0) return undefined;
  const slice = (from: number, to: number) =>
    parts.flatMap((part): PhrasingContent[] => {
      if (part.end <= from || part.start >= to) return [];
      if (part.start >= from && part.end <= to) return [part.node];
      const value = part.text.slice(Math.max(from, part.start) - part.start, Math.min(to, part.end) - part.start);
      return value === '' ? [] : [{ type: 'text', value }];
    });
  const nodes: PhrasingContent[] = [];
  let from = 0;
  for (const tag of tags) {
    nodes.push(...slice(from, tag.start), make(tag.attributes));
    from = tag.end;
  }
  nodes.push(...slice(from, offset));
  return nodes;
}

function replaceInParagraph(
  paragraph: Readonly<Paragraph>,
  ctx: Context,
  find: (text: string) => TagMatch[],
  make: MakeNode,
): void {
  if (!holds(paragraph, ':::')) return;
  const lines = paragraphLines(paragraph, ctx);
  const replaced = lines.map((line) => replaceTags(line, find, make));
  if (replaced.every((nodes) => nodes === undefined)) return;
  const rebuilt = lines.map((line, index) => ({ nodes: replaced[index] ?? line.nodes, hardBreak: line.hardBreak }));
  ctx.setProperty(paragraph, 'children', paragraphOf(rebuilt).children);
}

/** A plugin replacing the tags `find` finds in every paragraph by what `make` makes of each. */
export function inlineTagsPlugin(
  name: string,
  uses: RegExp,
  find: (text: string) => TagMatch[],
  make: MakeNode,
): MdastPluginEntry {
  // Wherever words stand in blocks: paragraphs, table cells (GFM tables hold icons) and headings.
  return onlyIfUsed(uses, {
    name,
    paragraph(node, ctx) {
      replaceInParagraph(node, ctx, find, make);
    },
    tableCell(node, ctx) {
      replaceInParagraph(node as unknown as Paragraph, ctx, find, make);
    },
    heading(node, ctx) {
      replaceInParagraph(node as unknown as Paragraph, ctx, find, make);
    },
  });
}
