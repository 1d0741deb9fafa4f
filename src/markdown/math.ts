import type { Element } from 'hast';
import type { Parent, PhrasingContent, Text } from 'mdast';
import {
  type HastPluginDefinition,
  type HastPluginEntry,
  type MdastPluginDefinition,
  type MdastPluginEntry,
  type PluginFactoryContext,
} from 'satteri';
import temml from 'temml';
import { containersPlugin, type Block } from './blocks.ts';
import type { Context } from './document.ts';
import { parseFragment } from './features.ts';
import { isUsed } from './only-if-used.ts';
import { CONTAINER_PREFIX, endOffset, startOffset, withoutPrefix, type SourceLine } from './lines.ts';
import type { SyntaxCheck, SyntaxProblem } from './syntax-check.ts';

/**
 * Math, as DocFX's Markdig pipeline reads it (`UseMathematics`): `$…$` and `$$…$$` within a line,
 * and a `$$` line … `$$` line block. Learn typesets it with a script in the reader's browser; the
 * page carries MathML written at build time (temml), which browsers typeset themselves.
 *
 * Markdig's rules keep prices and placeholders text: an opening `$` follows a space or a
 * punctuation mark and is not followed by a digit, a closing `$` is followed by a space or a
 * punctuation mark, and a space after the opening asks for one before the closing. So `50$` and
 * `$100` stay as written, while `$WHSShipmentTable.SCAC$` in running text is math, as on Learn.
 */

/** A math span in a text: from its first `$` to after its last, with the TeX between. */
export interface MathSpan {
  start: number;
  end: number;
  tex: string;
}

// '' stands for the start or end of the text, which Markdig reads as both a space and punctuation.
const isSpace = (c: string) => c === '' || /\s/u.test(c);
const isPunctuation = (c: string) => c === '' || /[\p{P}\p{S}]/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * A number, a space, then `$` ("1900 $"), or `$`, a space, then a number ("$ 150"): a price, as
 * translations write them, never a math sign. Markdig would typeset "1900 $ + 500 $" as math;
 * the page keeps it as written (on purpose). A sign may stand before the number ("$ -53 893,00").
 */
// Translations often put a no-break space there.
const PRICE_BEFORE = /\d[^\S\n]+$/u;
const PRICE_AFTER = /^[^\S\n]+[-+−]?\d/u;
/**
 * Four words in a row outside a TeX command's braces: a sentence between two stray `$` signs
 * ("uz $ summu no algas vai seguma … $"), kept as written (on purpose), not TeX.
 */
const PROSE = /(?:\p{L}{2,}[,;:]?[^\S\n]+){3}\p{L}{2,}/u;
const isProse = (tex: string) => PROSE.test(tex.replace(/\\[a-zA-Z]+\{[^}]*\}/g, ''));

/** The longest span read: a formula written in one line of text is far shorter. */
const MAX_SPAN = 2_000;

/** The span opened by the `$` at `start`, following Markdig's MathInlineParser step for step. */
function spanAt(text: string, start: number): MathSpan | undefined {
  const before = text[start - 1] ?? '';
  if (before === '$') return undefined;
  const open = text[start + 1] === '$' ? 2 : 1;
  let at = start + open;
  const next = text[at] ?? '';
  if ((!isSpace(before) && !isPunctuation(before)) || isDigit(next)) return undefined;
  if (PRICE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || PRICE_AFTER.test(text.slice(at, at + 20)))
    return undefined;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const contentStart = at;
  let previous = '$';
  let lastSpace = -1;
  let close = 0;
  let c = text[at] ?? '';
  while (c !== '') {
    // A line of many `$` would otherwise be read from each of them to its end.
    if (c === '\n' || c === '\r' || at - start > MAX_SPAN) return undefined;
    if (previous !== '\\') {
      if (c === ' ' || c === '\t') {
        if (lastSpace < 0) lastSpace = at;
      } else {
        const closing = c === '$';
        while (c === '$') {
          close++;
          c = text[++at] ?? '';
        }
        if (close >= open) break;
        lastSpace = -1;
        if (closing) {
          previous = '$';
          continue;
        }
      }
    }
    if (close > 0) close = 0;
    else {
      previous = c;
      c = text[++at] ?? '';
    }
  }
  if (close < open) return undefined;
  if ((!isPunctuation(c) && !isSpace(c)) || isSpace(next) !== isSpace(previous)) return undefined;
  if (PRICE_BEFORE.test(text.slice(contentStart, at - close))) return undefined;
  const contentEnd = isSpace(previous) && lastSpace > 0 ? lastSpace : at - open;
  const tex = text.slice(contentStart, contentEnd);
  return tex.trim() === '' || isProse(tex) ? undefined : { start, end: at, tex };
}

/**
 * The math spans of a text read as Markdown source, from left to right: an escaped `\$` and the
 * content of a code span (`` `$x$` ``) open none.
 */
export function inlineMathSpans(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at];
    if (c === '\\') at += 2;
    else if (c === '`') {
      const run = /^`+/.exec(text.slice(at))![0];
      const end = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      end.lastIndex = at + run.length;
      at = end.exec(text) ? end.lastIndex : at + run.length;
    } else if (c === '$') {
      const span = spanAt(text, at);
      at = span ? span.end : at + 1;
      if (span) spans.push(span);
    } else at++;
  }
  return spans;
}

/** A `$$` line, which opens and closes a math block (after its container's markers). */
const BLOCK_FENCE = /^ {0,3}\$\$[ \t]*$/;

/** The MathML of some TeX, or the reason it cannot be typeset. */
export function mathML(tex: string, display: boolean): { html: string } | { error: string } {
  try {
    const html = temml.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      maxSize: [50, 50],
      maxExpand: 500,
    });
    // Temml's inline styles and classes are for its own stylesheet; the site's styles are its own
    // and its pages allow no inline style.
    return { html: html.replace(/ (?:style|class)="[^"]*"/g, '') };
  } catch (error) {
    return { error: (error as Error).message.trim().split('\n')[0]! };
  }
}

/** What a look at a source says about its math: spans within lines, or a `$$` line. */
const USES = /\$/;
export function mayHoldMath(source: string): boolean {
  return (
    USES.test(source) &&
    (source.split('\n').some((line) => BLOCK_FENCE.test(line)) || inlineMathSpans(source).length > 0)
  );
}

/** Unclosed `$$` blocks and TeX that cannot be typeset, at their lines. */
export const mathCheck: SyntaxCheck = {
  uses: USES,
  problems(lines: readonly SourceLine[]): SyntaxProblem[] {
    const problems: SyntaxProblem[] = [];
    const invalid = (tex: string, line: number, display: boolean) => {
      const typeset = mathML(tex, display);
      if ('error' in typeset)
        problems.push({ code: 'math-invalid', line, message: `${typeset.error}; shown as written` });
    };
    for (let index = 0; index < lines.length; index++) {
      const { text, line } = lines[index]!;
      const prefix = CONTAINER_PREFIX.exec(text)![0].length;
      if (BLOCK_FENCE.test(text.slice(prefix))) {
        const close = lines.findIndex((other, at) => at > index && BLOCK_FENCE.test(withoutPrefix(other.text, prefix)));
        if (close === -1) {
          problems.push({
            code: 'math-invalid',
            line,
            message: 'expected a "$$" line closing this math block; shown as written',
          });
          continue;
        }
        invalid(
          lines
            .slice(index + 1, close)
            .map((other) => withoutPrefix(other.text, prefix))
            .join('\n'),
          line,
          true,
        );
        index = close;
        continue;
      }
      for (const span of inlineMathSpans(text)) invalid(span.tex, line, false);
    }
    return problems;
  },
};

/** Markdown's backslash escapes undone, as a text node's value has them. */
const unescape = (source: string) => source.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Where a span of a text node's source stands in its value, or undefined when that cannot be
 * told for sure (an entity near it): the value lacks the source's escapes and, on each line after
 * the first, its container markers, so the place is counted from the end of the span's line.
 */
function inValue(source: string, value: string, span: MathSpan): { start: number; end: number } | undefined {
  const lineIndex = source.slice(0, span.start).split('\n').length - 1;
  const sourceRest = source.slice(span.end).split('\n');
  const valueLines = value.split('\n');
  const valueLine = valueLines[lineIndex];
  if (valueLine === undefined || valueLines.length !== source.split('\n').length) return undefined;
  const lastLine = lineIndex === valueLines.length - 1;
  const rest = unescape(lastLine ? sourceRest[0]! : sourceRest[0]!.replace(/[ \t]+$/, ''));
  const lineStart = valueLines.slice(0, lineIndex).reduce((sum, line) => sum + line.length + 1, 0);
  const written = unescape(source.slice(span.start, span.end));
  const end = lineStart + valueLine.length - rest.length;
  const start = end - written.length;
  return value.slice(start, end) === written && value.slice(end, lineStart + valueLine.length) === rest
    ? { start, end }
    : undefined;
}

/** A text node cut around its math spans: text, math, text. Undefined when it holds none. */
function withMath(node: Readonly<Text>, source: string): PhrasingContent[] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  // A node made by a plugin has no source to read its TeX from.
  if (start === undefined || end === undefined) return undefined;
  const written = source.slice(start, end);
  const places = inlineMathSpans(written).flatMap((span) => {
    const place = written === node.value ? span : inValue(written, node.value, span);
    return place ? [{ ...place, tex: span.tex }] : [];
  });
  if (places.length === 0) return undefined;
  const nodes: PhrasingContent[] = [];
  let from = 0;
  for (const place of places) {
    if (place.start > from) nodes.push({ type: 'text', value: node.value.slice(from, place.start) });
    nodes.push({ type: 'inlineCode', value: place.tex, data: { hName: 'span', hProperties: { className: ['math'] } } });
    from = place.end;
  }
  if (from < node.value.length) nodes.push({ type: 'text', value: node.value.slice(from) });
  return nodes;
}

/**
 * A list of blocks with each `$$` … `$$` block read as math: the blocks between its lines become
 * one, whatever blank lines the TeX holds; text after the closing line in the same paragraph is
 * read again as Markdown. A `$$` line never closed stays as written (the check says so).
 */
function withMathBlocks(children: readonly Block[], source: string): Block[] | undefined {
  let changed = false;
  const blocks: Block[] = [];
  const containerEnd = endOffset(children.at(-1)!);
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const start = startOffset(child);
    const lineEnd = start === undefined ? -1 : source.indexOf('\n', start);
    if (child.type !== 'paragraph' || start === undefined || containerEnd === undefined || lineEnd === -1) {
      blocks.push(child);
      continue;
    }
    if (!BLOCK_FENCE.test(source.slice(start, lineEnd))) {
      blocks.push(child);
      continue;
    }
    const width = start - (source.lastIndexOf('\n', start - 1) + 1);
    const texLines: string[] = [];
    let closeEnd = -1;
    for (let at = lineEnd + 1; at < containerEnd;) {
      const next = source.indexOf('\n', at);
      const line = source.slice(at, next === -1 ? source.length : next);
      const stripped = withoutPrefix(line, width);
      if (BLOCK_FENCE.test(stripped)) {
        closeEnd = at + line.length;
        break;
      }
      texLines.push(stripped);
      if (next === -1) break;
      at = next + 1;
    }
    if (closeEnd === -1) {
      blocks.push(child);
      continue;
    }
    let last = index;
    while (last + 1 < children.length && (startOffset(children[last + 1]!) ?? Infinity) < closeEnd) last++;
    if (children.slice(index, last + 1).some((block) => startOffset(block) === undefined)) {
      blocks.push(child);
      continue;
    }
    blocks.push({
      type: 'paragraph',
      data: { hName: 'div', hProperties: { className: ['math'] } },
      children: [{ type: 'text', value: texLines.join('\n') }],
    } as Block);
    const after = source
      .slice(closeEnd + 1, Math.max(closeEnd, endOffset(children[last]!) ?? closeEnd))
      .split('\n')
      .map((line) => withoutPrefix(line, width))
      .join('\n');
    if (after.trim() !== '') {
      blocks.push(...(parseFragment(after).children as Block[]));
    }
    changed = true;
    index = last;
  }
  return changed ? blocks : undefined;
}

/**
 * Math in an article: blocks first, then spans within text. Reading a node's source needs
 * positions, which slow parsing, so the plugins run only on a source that may hold math.
 * Included files are read by `mathInTree` as they are included.
 */
export function mathPlugin(): MdastPluginEntry {
  return (document: PluginFactoryContext) => {
    if (!mayHoldMath(document.source)) return null;
    const blocks: MdastPluginDefinition = {
      ...containersPlugin('docfx-math-blocks', (children, ctx) => withMathBlocks(children, ctx.source)),
      options: { position: true },
    };
    const spans: MdastPluginDefinition = {
      name: 'docfx-math',
      text(node, ctx: Context) {
        if (!node.value.includes('$')) return;
        const nodes = withMath(node, ctx.source);
        if (nodes) ctx.replaceNode(node, nodes);
      },
      options: { position: true },
    };
    return [blocks, spans];
  };
}

/**
 * The math of a tree parsed with positions from `source` (an included file), read in place. The
 * positions are then dropped: they are the included file's, and the article's plugins would read
 * them against the article's source.
 */
export function mathInTree(parent: Parent, source: string): void {
  const blocks = withMathBlocks(parent.children as Block[], source);
  if (blocks) parent.children = blocks as Parent['children'];
  parent.children = parent.children.flatMap((child) => {
    const nodes = child.type === 'text' && child.value.includes('$') ? withMath(child, source) : undefined;
    if ('children' in child) mathInTree(child, source);
    delete child.position;
    return nodes ?? [child];
  }) as Parent['children'];
}

/**
 * The math elements the Markdown plugins leave (`span.math`, `div.math`, also when an article
 * writes them as HTML) typeset as MathML. Runs after the HTML allowlist, which lets no `<math>`
 * through from an article: these are made here from TeX, which can hold no markup of its own.
 */
export function mathMLPlugin(): HastPluginEntry {
  // A document with no `$`, no "math" and no include has nothing to typeset: no visit of its elements.
  return (document: PluginFactoryContext) => (isUsed(/\$|\bmath\b/, document.source) ? typesetting : null);
}

const typesetting: HastPluginDefinition = {
  name: 'docfx-mathml',
  element: {
    filter: ['span', 'div'],
    visit(node, ctx) {
      const className = node.properties?.['className'];
      if (!Array.isArray(className) || !className.includes('math')) return;
      const display = node.tagName === 'div';
      const tex = ctx.textContent(node);
      const typeset = mathML(tex, display);
      if ('error' in typeset) {
        // Shown as written, as code (the check reports why).
        const written = display ? `$$\n${tex}\n$$` : `$${tex}$`;
        const code: Element = {
          type: 'element',
          tagName: 'code',
          properties: {},
          children: [{ type: 'text', value: written }],
        };
        ctx.replaceNode(node, display ? { type: 'element', tagName: 'pre', properties: {}, children: [code] } : code);
        return;
      }
      ctx.replaceNode(node, {
        type: 'raw',
        value: display ? `<div class="math">${typeset.html}</div>` : typeset.html,
      });
    },
  },
};
