import type { Code, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Custom, MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import type { Context } from './document.ts';
import { holds, lineText, paragraphLines, paragraphOf, type Line } from './lines.ts';
import { onlyIfUsed } from './only-if-used.ts';

/**
 * What the DocFX block extensions share. The parser knows none of them: a `:::row:::` or
 * `::: zone pivot="…"` tag arrives as a line of paragraph text, often in one paragraph with the
 * lines around it, and a tab group is a run of ordinary headings. Each extension module owns its
 * own tags; this module splits paragraphs at those lines, pairs openers with closers and builds
 * the elements, so every extension treats malformed input the same way: a tag that closes nothing
 * stays as the text it was, and a block never closed ends with its container.
 */

/** A node that can sit among blocks: one of mdast's, or an element this layer built. */
export type Block = RootContent | Custom;

/** A parent whose children are blocks: the root, a block quote, a list item, a built element. */
export interface Container {
  readonly children?: readonly unknown[] | undefined;
}

export function isParagraph(node: Readonly<Block>): node is Paragraph {
  return node.type === 'paragraph';
}

function isCode(node: Readonly<Block>): node is Code {
  return node.type === 'code';
}

/** A block element for the HTML: a user-defined node, which Sätteri renders through `hName`. */
export function element(
  type: string,
  tagName: string,
  properties: Readonly<Record<string, unknown>>,
  children: readonly Block[],
): Custom {
  return {
    type,
    data: { hName: tagName, hProperties: properties } as NonNullable<Custom['data']>,
    children: [...children],
  };
}

/**
 * The label over a variant shown with the others (a zone, a moniker range): the page's words,
 * then the variant's name in bold. Every variant stays on the page, each named.
 */
export function variantLabel(prefix: string, name: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['zone-label'] } } as Paragraph['data'],
    children: [
      { type: 'text', value: `${prefix} ` },
      { type: 'strong', children: [{ type: 'text', value: name }] },
    ],
  };
}

/** How one extension reads its tags and builds its blocks. */
export interface BlockRules<Tag> {
  /** Text every tag line holds in a text node (`:::`): paragraphs without it are not read line by line. */
  readonly sign: string;
  /** The tag a whole line is, or undefined for any other line. */
  tag(line: string): Tag | undefined;
  /** True for a tag that opens a block; the others close one. */
  opens(tag: Tag): boolean;
  /** True when the closing tag `tag` ends the block that `open` began. */
  closes(tag: Tag, open: Tag): boolean;
  /**
   * The nodes a block becomes; `closed` is false for one still open where its container ends.
   * Undefined leaves the opening tag as text, followed by the block's content.
   */
  build(open: Tag, children: Block[], closed: boolean): Block[] | undefined;
}

interface LineItem {
  readonly line: Line;
  /** The paragraph the line came from, so neighbouring lines can be joined again. */
  readonly from: Readonly<Paragraph>;
  readonly fromLines: number;
}
type Item = { readonly node: Block } | LineItem;

interface Frame<Tag> {
  readonly tag: Tag;
  readonly opener: LineItem;
  readonly items: Item[];
}

const ATX_HEADING = /^(#{1,6})(?:[ \t]+|$)/;

/** A line that is an ATX heading (`### A Headline`), as a heading; undefined for any other. */
function headingOf(line: Line): Heading | undefined {
  const marker = ATX_HEADING.exec(lineText(line));
  const [first, ...rest] = line.nodes;
  if (!marker || first?.type !== 'text') return undefined;
  const words: PhrasingContent[] = [{ type: 'text', value: first.value.trimStart().slice(marker[0].length) }, ...rest];
  const last = words.at(-1);
  // A closing sequence of "#" is no part of the heading's words.
  if (last?.type === 'text')
    words[words.length - 1] = { type: 'text', value: last.value.replace(/\s+#+\s*$|\s+$/, '') };
  return {
    type: 'heading',
    depth: marker[1]!.length as Heading['depth'],
    children: words.filter((node) => node.type !== 'text' || node.value !== ''),
  };
}

/**
 * Lines cut from a paragraph at tags, as blocks. A line right after a tag was read as the
 * paragraph's continuation, though DocFX starts a block's content there: a heading line is a
 * heading (the reference's columns hold `### A Headline` so); other lines stay paragraphs.
 */
function linesAsBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraphOf(paragraph));
    paragraph = [];
  };
  for (const line of lines) {
    const heading = headingOf(line);
    if (heading === undefined) paragraph.push(line);
    else {
      flush();
      blocks.push(heading);
    }
  }
  flush();
  return blocks;
}

/** Items in order as blocks: lines of one paragraph side by side become one paragraph again. */
function blocksOf(items: readonly Item[]): Block[] {
  const blocks: Block[] = [];
  let run: LineItem[] = [];
  const flush = () => {
    const first = run[0];
    // A paragraph whose every line is back together is the original node, untouched.
    if (first)
      blocks.push(...(run.length === first.fromLines ? [first.from] : linesAsBlocks(run.map((item) => item.line))));
    run = [];
  };
  for (const item of items) {
    if ('node' in item) {
      flush();
      blocks.push(item.node);
    } else {
      if (run[0] && run[0].from !== item.from) flush();
      run.push(item);
    }
  }
  flush();
  return blocks;
}

/** The children with each paragraph that holds a tag line cut into lines; undefined if none does. */
function itemsOf<Tag>(
  children: readonly Block[],
  rules: BlockRules<Tag>,
  ctx: Context,
): { items: Item[]; tags: Map<LineItem, Tag> } | undefined {
  const items: Item[] = [];
  const tags = new Map<LineItem, Tag>();
  for (const child of children) {
    const lines = isParagraph(child) && holds(child, rules.sign) ? paragraphLines(child, ctx) : [];
    const found = lines.map((line) => rules.tag(lineText(line)));
    if (!isParagraph(child) || found.every((tag) => tag === undefined)) {
      items.push({ node: child });
      continue;
    }
    lines.forEach((line, index) => {
      const item: LineItem = { line, from: child, fromLines: lines.length };
      const tag = found[index];
      if (tag !== undefined) tags.set(item, tag);
      items.push(item);
    });
  }
  return tags.size > 0 ? { items, tags } : undefined;
}

/** The source line at a 1-based number, counted from a node on an earlier line whose offset is known. */
function sourceLine(source: string, from: { line: number; offset: number }, line: number): string | undefined {
  let start = source.lastIndexOf('\n', from.offset - 1) + 1;
  for (let at = from.line; at < line; at++) {
    const next = source.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end === -1 ? undefined : end);
}

/** A line's container markers (block quotes' `>` and spaces), and a list item's marker after them. */
const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
const ITEM_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/**
 * Whether line `index` of a list item's paragraph stands left of the item's content, a lazy
 * continuation (`- item` / `::: zone pivot="a"` unindented); undefined when positions are unknown.
 */
function isLazyLine(
  item: Readonly<ListItem>,
  paragraph: Readonly<Paragraph>,
  index: number,
  source: string,
): boolean | undefined {
  const itemStart = item.position?.start;
  const start = paragraph.position?.start;
  if (itemStart?.offset === undefined || start?.offset === undefined) return undefined;
  const itemLine = sourceLine(source, { line: itemStart.line, offset: itemStart.offset }, itemStart.line);
  const line = sourceLine(source, { line: start.line, offset: start.offset }, start.line + index);
  if (itemLine === undefined || line === undefined) return undefined;
  const itemPrefix = LINE_PREFIX.exec(itemLine)![0];
  const content = itemPrefix.length + (ITEM_MARKER.exec(itemLine.slice(itemPrefix.length))?.[0].length ?? 0);
  return LINE_PREFIX.exec(line)![0].length < content;
}

/**
 * A list whose last paragraph ends with a tag (and what follows it) that CommonMark read as a lazy
 * continuation of that paragraph, cut there: the list without those lines, and the lines as a
 * paragraph of their own. `- item` / `::: zone-end` ends the zone after the list, as DocFX reads
 * it, rather than leaving the tag as text in the item; so does an opening tag written left of the
 * item's content, when positions tell (`- item` / `::: zone pivot="a"`). A list item that opens a
 * block of its own, indented as its content, keeps its lines.
 */
function cutLazyTail<Tag>(list: Readonly<List>, rules: BlockRules<Tag>, ctx: Context): [List, Paragraph] | undefined {
  const item = list.children.at(-1);
  const last = item?.children.at(-1);
  if (!item || !last) return undefined;
  if (last.type === 'list') {
    const inner = cutLazyTail(last, rules, ctx);
    if (!inner) return undefined;
    const kept: ListItem = { ...item, children: [...item.children.slice(0, -1), inner[0]] };
    return [{ ...list, children: [...list.children.slice(0, -1), kept] }, inner[1]];
  }
  if (!isParagraph(last) || !holds(last, rules.sign)) return undefined;
  const lines = paragraphLines(last, ctx);
  const tags = lines.map((line) => rules.tag(lineText(line)));
  // Where positions tell, a tag line left of the item's content ends the list, whatever the lines
  // before it hold; without them, a closing tag does, unless the item opened a block of its own.
  const positioned = isLazyLine(item, last, 0, ctx.source) !== undefined;
  const at = positioned
    ? tags.findIndex((tag, index) => index > 0 && tag !== undefined && isLazyLine(item, last, index, ctx.source))
    : tags.findIndex((tag, index) => index > 0 && tag !== undefined && !rules.opens(tag));
  if (at === -1) return undefined;
  if (!positioned && tags.slice(0, at).some((tag) => tag !== undefined && rules.opens(tag))) return undefined;
  // The item is a copy, which the walk does not reach: its own blocks are built here.
  const itemChildren = [...item.children.slice(0, -1), paragraphOf(lines.slice(0, at))] as Block[];
  const built = buildBlocks(itemChildren, rules, ctx) ?? itemChildren;
  const kept = { ...item, children: built } as ListItem;
  cutLists.add(list);
  return [{ ...list, children: [...list.children.slice(0, -1), kept] }, paragraphOf(lines.slice(at))];
}

/**
 * The lists cut in a pass: a copy stands in their place, so the walk's visits of their items
 * would edit nodes no longer in the tree.
 */
const cutLists = new WeakSet<object>();

/** Whether a node stands inside a list that was cut in this pass. */
function insideCutList(node: Readonly<Container>, ctx: Context): boolean {
  for (let parent = ctx.parent(node as Custom); parent !== undefined; parent = ctx.parent(parent as Custom)) {
    if (cutLists.has(parent)) return true;
  }
  return false;
}

/** The children with each list's lazy closing tags (see cutLazyTail) moved after it; undefined if none. */
function withLazyTagsMoved<Tag>(children: readonly Block[], rules: BlockRules<Tag>, ctx: Context): Block[] | undefined {
  let moved = false;
  const blocks = children.flatMap((child): Block[] => {
    const cut = child.type === 'list' ? cutLazyTail(child as List, rules, ctx) : undefined;
    if (cut) moved = true;
    return cut ?? [child];
  });
  return moved ? blocks : undefined;
}

/**
 * The children with every block the rules find built, or undefined when there is none (so the
 * caller leaves the tree alone). Blocks nest; a closing tag with no block to close, and an opening
 * tag the rules decline to build, stay text.
 */
export function buildBlocks<Tag>(
  children: readonly Block[],
  rules: BlockRules<Tag>,
  ctx: Context,
): Block[] | undefined {
  const found = itemsOf(withLazyTagsMoved(children, rules, ctx) ?? children, rules, ctx);
  if (!found) return undefined;
  const root: Item[] = [];
  const stack: Frame<Tag>[] = [];
  let built = false;
  const current = () => stack.at(-1)?.items ?? root;
  /** Ends the innermost block, by its end tag or (none) where the container ends. */
  const close = (end?: LineItem) => {
    const frame = stack.pop()!;
    const nodes = rules.build(frame.tag, blocksOf(frame.items), end !== undefined);
    if (nodes) built = true;
    const declined = end ? [frame.opener, ...frame.items, end] : [frame.opener, ...frame.items];
    current().push(...(nodes ? nodes.map((node) => ({ node })) : declined));
  };
  for (const item of found.items) {
    const tag = 'node' in item ? undefined : found.tags.get(item);
    if (tag === undefined || 'node' in item) current().push(item);
    else if (rules.opens(tag)) stack.push({ tag, opener: item, items: [] });
    else {
      const target = stack.findLastIndex((frame) => rules.closes(tag, frame.tag));
      if (target === -1) current().push(item);
      else {
        // Blocks opened inside the one this tag closes end with it.
        while (stack.length > target + 1) close();
        close(item);
      }
    }
  }
  while (stack.length > 0) close();
  return built ? blocksOf(root) : undefined;
}

/** Rewrites the children of one container, or returns undefined to leave them alone. */
export type Rewrite = (children: readonly Block[], ctx: Context) => Block[] | undefined;

/**
 * A plugin that rewrites the children of every block container: the root before the walk (so
 * what it builds is walked too), block quotes, list items and the elements earlier plugins built
 * (a zone's content, a column) as the walk meets them.
 */
export function containersPlugin(name: string, rewrite: Rewrite): MdastPluginDefinition {
  const visit = (node: Readonly<Container>, ctx: Context) => {
    if (!Array.isArray(node.children) || insideCutList(node, ctx)) return;
    const children = rewrite(node.children as Block[], ctx);
    if (children) ctx.setProperty(node as Custom, 'children', children);
  };
  return {
    name,
    before: visit,
    blockquote: visit,
    listItem: visit,
    footnoteDefinition: visit,
    custom: visit,
  };
}

/**
 * True for an indented code block, false for a fenced one (or one whose source is unknown). A
 * fenced block's position starts at its fence; an indented one's at its indentation.
 */
function isIndented(code: Readonly<Code>, source: string): boolean {
  const start = code.position?.start.offset;
  return start !== undefined && !/^(?:`{3}|~{3})/.test(source.slice(start, start + 3));
}

/**
 * Lines indented inside a DocFX block, as the Microsoft Learn columns example has them:
 *
 *     :::column span="2":::
 *        **Bold**
 *
 *        Lorem ipsum
 *
 * After a blank line CommonMark reads four or more spaces as an indented code block, while DocFX
 * reads the block's content relative to its tag. This pass, run before the one that builds the
 * blocks, parses such code blocks again as Markdown, dedented, with any tag line in them trimmed
 * so the next pass finds it. Fenced code stays code. `depth` tells how a tag line changes the
 * nesting (+1 opens, -1 closes, 0 other lines). Positions are needed to tell indented code from
 * fenced, and tracking them slows parsing, so the pass runs only on documents that use the tags.
 */
export function indentedContentPlugin(name: string, uses: RegExp, depth: (line: string) => number): MdastPluginEntry {
  const isTag = (line: string) => depth(line.trim()) !== 0;
  const definition: MdastPluginDefinition = {
    ...containersPlugin(name, (children, ctx) => {
      let open = 0;
      for (const child of children) {
        if (isParagraph(child) && holds(child, ':::'))
          for (const line of paragraphLines(child, ctx)) open = Math.max(0, open + depth(lineText(line)));
        // Code outside a block, and fenced code anywhere, is code: its tag lines are examples.
        if (!isCode(child) || open === 0 || !isIndented(child, ctx.source)) continue;
        ctx.replaceNode(child, { raw: dedent(child.value, isTag), mdxExpressions: false });
        for (const line of child.value.split('\n')) open = Math.max(0, open + depth(line.trim()));
      }
      // Code blocks are replaced one by one; the children list itself stays.
      return undefined;
    }),
    options: { position: true },
  };
  return onlyIfUsed(uses, definition);
}

/** Lines moved left by their common indentation; tag lines lose all of theirs. */
export function dedent(text: string, isTag: (line: string) => boolean): string {
  const lines = text.split('\n');
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const content = lines.filter((line) => line.trim() !== '' && !isTag(line));
  const common = Math.min(...content.map(indent));
  return lines.map((line) => (isTag(line) ? line.trim() : line.slice(Math.min(common, indent(line))))).join('\n');
}
