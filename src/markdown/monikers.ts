import type { MdastPluginEntry } from 'satteri';
import { buildBlocks, containersPlugin, element, variantLabel, type Block, type BlockRules } from './blocks.ts';
import { onlyIfUsedWithPositions } from './only-if-used.ts';
import { blockImbalances, imbalanceCode, type SyntaxCheck } from './syntax-check.ts';
import { tagAttributes } from './tag-attributes.ts';

/**
 * DocFX moniker ranges (Microsoft Learn Markdown reference, "Versioning"): content for some
 * versions of a product only.
 *
 *     ::: moniker range=">= sql-server-ver16"
 *     Content for those versions…
 *     ::: moniker-end
 *
 * Learn shows the range of the version the reader picked, switched with script. With no script
 * every range is shown, in source order, as `<section class="zone moniker">` under a label naming
 * its versions as written, as zones are. A range never ended ends with its container; an end tag
 * with no range to end, or a moniker tag without a range, stays text.
 */

export type MonikerTag = { kind: 'range'; range: string } | { kind: 'end' };

const MONIKER = /^:::\s*moniker(?![\w-])(.*?)(?::::)?$/;
const MONIKER_END = /^:::\s*moniker-end\s*(?::::)?$/;
const USES = /:::\s*moniker/;

/** The moniker tag a whole line is, or undefined (also for a moniker tag without a range). */
export function monikerTag(line: string): MonikerTag | undefined {
  const text = line.trim();
  if (MONIKER_END.test(text)) return { kind: 'end' };
  const range = tagAttributes(MONIKER.exec(text)?.[1] ?? '')
    .get('range')
    ?.trim();
  return range ? { kind: 'range', range } : undefined;
}

/** Which moniker tags open a range and which end one: for the renderer and the check alike. */
export const MONIKER_RULES: Omit<BlockRules<MonikerTag>, 'build'> = {
  sign: ':::',
  tag: monikerTag,
  opens: (tag) => tag.kind === 'range',
  closes: (tag, open) => tag.kind === 'end' && open.kind === 'range',
};

/** The ranges of a source never ended, and the `::: moniker-end` tags with no range to end. */
export const monikerCheck: SyntaxCheck = {
  uses: USES,
  problems: (lines) =>
    blockImbalances(lines, MONIKER_RULES).map(({ kind, line }) => ({
      code: imbalanceCode(kind),
      line,
      message:
        kind === 'unclosed'
          ? 'moniker range never ended: expected "::: moniker-end" after its content; it ends with the block holding it'
          : '"::: moniker-end" with no range to end: expected a "::: moniker range=…" before it; shown as text',
    })),
};

/** @param prefix the words before a range's versions in its label ("Versijas:") */
export function monikersPlugin(prefix: string): MdastPluginEntry {
  const build = (open: MonikerTag, children: Block[]): Block[] | undefined => {
    if (open.kind !== 'range') return undefined;
    const properties = { className: ['zone', 'moniker'], dataMoniker: open.range };
    return [element('docfxMoniker', 'section', properties, [variantLabel(prefix, open.range), ...children])];
  };
  return onlyIfUsedWithPositions(
    USES,
    containersPlugin('docfx-monikers', (children, ctx) => buildBlocks(children, { ...MONIKER_RULES, build }, ctx)),
  );
}
