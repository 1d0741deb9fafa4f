import type { MdastPluginEntry } from 'satteri';
import { blockImbalances, imbalanceCode, type SyntaxCheck } from './syntax-check.ts';
import {
  buildBlocks,
  containersPlugin,
  element,
  indentedContentPlugin,
  type Block,
  type BlockRules,
} from './blocks.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes } from './tag-attributes.ts';

/**
 * DocFX columns (Microsoft Learn Markdown reference, "Columns"):
 *
 *     :::row:::
 *        :::column span="2":::
 *           Content…
 *        :::column-end:::
 *        :::column span="":::
 *           More content…
 *        :::column-end:::
 *     :::row-end:::
 *
 * become `<div class="row">` holding `<div class="column span-2">` and `<div class="column">`,
 * laid out side by side by the stylesheet (`span` as a class, since the policy forbids style
 * attributes) and stacked on narrow screens. A row or column left open ends with its container;
 * an end tag with nothing to end stays text.
 */

export type RowColumnTag =
  { kind: 'row' } | { kind: 'column'; span: number | undefined } | { kind: 'row-end' } | { kind: 'column-end' };

const TAG = /^:::\s*(row-end|column-end|row|column)(?![\w-])(.*?):::$/;

/** The tag a whole line is (`:::row:::`, `:::column span="2":::`, their end tags), or undefined. */
export function rowColumnTag(line: string): RowColumnTag | undefined {
  const match = TAG.exec(line.trim());
  if (!match) return undefined;
  const kind = match[1] as RowColumnTag['kind'];
  if (kind !== 'column') return { kind };
  // Learn allows up to four columns, so a span of more would be no layout at all.
  const span = Number(tagAttributes(match[2]!).get('span'));
  return { kind, span: Number.isInteger(span) && span >= 2 && span <= 4 ? span : undefined };
}

function depthChange(line: string): number {
  const kind = rowColumnTag(line)?.kind;
  return kind === 'row' || kind === 'column' ? 1 : kind === undefined ? 0 : -1;
}

function build(open: RowColumnTag, children: Block[]): Block[] {
  if (open.kind === 'row') return [element('docfxRow', 'div', { className: ['row'] }, children)];
  const span = open.kind === 'column' && open.span !== undefined ? [`span-${open.span}`] : [];
  return [element('docfxColumn', 'div', { className: ['column', ...span] }, children)];
}

/** Which tags open a row or column and which end one: for the renderer and the check alike. */
export const ROW_COLUMN_RULES: Omit<BlockRules<RowColumnTag>, 'build'> = {
  sign: ':::',
  tag: rowColumnTag,
  opens: (tag) => tag.kind === 'row' || tag.kind === 'column',
  // Ending a row also ends a column left open in it.
  closes: (tag, open) => (tag.kind === 'row-end' ? open.kind === 'row' : open.kind === 'column'),
};

const USES = /:::\s*(?:row|column)/;

/** The rows and columns of a source never ended, and the end tags with nothing to end. */
export const rowColumnCheck: SyntaxCheck = {
  uses: USES,
  problems: (lines) =>
    blockImbalances(lines, ROW_COLUMN_RULES).map(({ kind, tag, line }) => {
      const name = tag.kind.replace('-end', '');
      return {
        code: imbalanceCode(kind),
        line,
        message:
          kind === 'unclosed'
            ? `${name} never ended: expected ":::${name}-end:::" after its content; it ends with the block holding it`
            : `":::${tag.kind}:::" with no ${name} to end: expected a ":::${name}:::" before it; shown as text`,
      };
    }),
};

export function rowColumnPlugin(): MdastPluginEntry[] {
  return [
    indentedContentPlugin('docfx-row-column-indent', USES, depthChange),
    onlyIfUsed(
      USES,
      containersPlugin('docfx-row-column', (children, ctx) =>
        buildBlocks(children, { ...ROW_COLUMN_RULES, build }, ctx),
      ),
    ),
  ];
}
