import type { MdastPluginEntry } from 'satteri';
import { blockImbalances, imbalanceCode, type SyntaxCheck } from './syntax-check.ts';
import { buildBlocks, containersPlugin, element, variantLabel, type Block, type BlockRules } from './blocks.ts';
import { onlyIfUsedWithPositions } from './only-if-used.ts';
import { tagAttributes } from './tag-attributes.ts';

/**
 * DocFX zones (Microsoft Learn Markdown reference, "Zone pivots"; the article names its pivot
 * group in `zone_pivot_groups`):
 *
 *     ::: zone pivot="python"
 *     Content for Python readers…
 *     ::: zone-end
 *
 * Learn shows one pivot at a time and switches with script. With no script every zone is shown,
 * in source order, as `<section class="zone" data-pivot="python">` under a label naming its pivot
 * (its title from the pivot group when the caller knows it, else its id), so a reader can tell
 * the variants apart. `::: zone target="docs"` is content for Docs, which this site is, and is
 * kept without a frame; `target="chromeless"` is for another host and is left out. A zone never
 * ended ends with its container (one for another host then keeps its text, as nothing says where
 * it was meant to end); an end tag with no zone to end, or a zone tag naming neither a pivot nor a
 * known target, stays text.
 */

export type ZoneTag =
  { kind: 'pivot'; pivots: string[] } | { kind: 'target'; keep: boolean } | { kind: 'invalid' } | { kind: 'end' };

const ZONE = /^:::\s*zone(?![\w-])(.*?)(?::::)?$/;
const ZONE_END = /^:::\s*zone-end\s*(?::::)?$/;

/** The zone tag a whole line is (`::: zone pivot="…"`, `::: zone target="…"`, `::: zone-end`), or undefined. */
export function zoneTag(line: string): ZoneTag | undefined {
  const text = line.trim();
  if (ZONE_END.test(text)) return { kind: 'end' };
  const match = ZONE.exec(text);
  if (!match) return undefined;
  const attributes = tagAttributes(match[1]!);
  const pivot = attributes.get('pivot');
  const pivots =
    pivot
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '') ?? [];
  if (pivots.length > 0) return { kind: 'pivot', pivots };
  const target = attributes.get('target')?.trim().toLowerCase();
  if (target === 'docs' || target === 'chromeless') return { kind: 'target', keep: target === 'docs' };
  return { kind: 'invalid' };
}

/** Which zone tags open a zone and which end one: for the renderer and the check alike. */
export const ZONE_RULES: Omit<BlockRules<ZoneTag>, 'build'> = {
  sign: ':::',
  tag: zoneTag,
  opens: (tag) => tag.kind !== 'end',
  closes: (tag, open) => tag.kind === 'end' && open.kind !== 'end',
};

/** The zones of a source never ended, and the `::: zone-end` tags with no zone to end. */
export const zoneCheck: SyntaxCheck = {
  uses: /:::\s*zone/,
  problems: (lines) =>
    blockImbalances(lines, ZONE_RULES).map(({ kind, line }) => ({
      code: imbalanceCode(kind),
      line,
      message:
        kind === 'unclosed'
          ? 'zone never ended: expected "::: zone-end" after its content; it ends with the block holding it'
          : '"::: zone-end" with no zone to end: expected a "::: zone pivot=…" before it; shown as text',
    })),
};

/**
 * @param prefix the words before the pivot's name in a zone's label ("Attiecas uz:")
 * @param pivotTitles pivot id → title, from the article's `zone_pivot_groups` definition
 */
export function zonesPlugin(prefix: string, pivotTitles: ReadonlyMap<string, string> = new Map()): MdastPluginEntry {
  const build = (open: ZoneTag, children: Block[], closed: boolean): Block[] | undefined => {
    // Where a zone for another host was meant to end is unknown if it never ends: keep the text.
    if (open.kind === 'target') return open.keep || !closed ? children : [];
    if (open.kind !== 'pivot') return undefined;
    const properties = { className: ['zone'], dataPivot: open.pivots.join(' ') };
    return [
      element('docfxZone', 'section', properties, [
        variantLabel(prefix, open.pivots.map((id) => pivotTitles.get(id) ?? id).join(', ')),
        ...children,
      ]),
    ];
  };
  const plugin = containersPlugin('docfx-zones', (children, ctx) =>
    buildBlocks(children, { ...ZONE_RULES, build }, ctx),
  );
  return onlyIfUsedWithPositions(/:::\s*zone/, plugin);
}
