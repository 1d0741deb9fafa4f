import type { Blockquote, Paragraph, PhrasingContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { containersPlugin, type Block } from './blocks.ts';
import { holds, lineText, paragraphLines, paragraphOf, type Line } from './lines.ts';
import { onlyIfUsed } from './only-if-used.ts';
import type { Context } from './document.ts';
import type { SyntaxCheck } from './syntax-check.ts';

/** DocFX alerts: `> [!NOTE]` and its kin, shown as labelled callouts. */
export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

const ALERT_MARKER = new RegExp(`^\\[!(${ALERT_KINDS.join('|')})\\][ \\t]*\\n?`, 'i');
/** A cheap look at a source: it may hold an alert. */
const USES = new RegExp(`\\[!(?:${ALERT_KINDS.join('|')})\\]`, 'i');

const BROKEN_MARKER = new RegExp(`^\\s*(?:>\\s*)+\\[!(${ALERT_KINDS.join('|')})(?![\\w\\]])`, 'i');

/** Block quote lines that start an alert's marker and never close it (`> [!NOTE`). */
export const alertCheck: SyntaxCheck = {
  uses: new RegExp(`\\[!(?:${ALERT_KINDS.join('|')})`, 'i'),
  problems: (lines) =>
    lines.flatMap(({ text, line }) => {
      const kind = BROKEN_MARKER.exec(text)?.[1];
      if (kind === undefined) return [];
      const message = `alert marker "[!${kind}" never closed: expected "[!${kind.toUpperCase()}]"; shown as a quote`;
      return [{ code: 'alert-malformed' as const, line, message }];
    }),
};

/** The alert a block quote's leading text opens, with the marker's length, or undefined. */
export function alertMarker(text: string): { kind: AlertKind; length: number } | undefined {
  const match = ALERT_MARKER.exec(text);
  return match ? { kind: match[1]!.toLowerCase() as AlertKind, length: match[0].length } : undefined;
}

function convertAlert(node: Readonly<Blockquote>, ctx: Context, labels: Readonly<Record<AlertKind, string>>): void {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return;
  const lead = first.children[0];
  if (lead?.type !== 'text') return;
  const alert = alertMarker(lead.value);
  if (!alert) return;

  const rest = lead.value.slice(alert.length);
  if (rest !== '') ctx.setProperty(lead, 'value', rest);
  else if (first.children.length > 1) ctx.removeNode(lead);
  else ctx.removeNode(first);
  const label: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { className: ['callout-label'] } } as Paragraph['data'],
    children: [{ type: 'strong', children: [{ type: 'text', value: labels[alert.kind] }] }],
  };
  ctx.prependChild(node, label);
  ctx.setProperty(node, 'data', {
    hName: 'div',
    hProperties: { className: ['callout', `callout-${alert.kind}`], role: 'note' },
  });
}

/** A line that is an alert's marker and nothing else. */
const MARKER_LINE = new RegExp(`^\\[!(?:${ALERT_KINDS.join('|')})\\]$`, 'i');

/** A paragraph of lines, with neighbouring text joined, so a marker leads it as one text node. */
function joinedParagraph(lines: readonly Line[]): Paragraph {
  const children: PhrasingContent[] = [];
  for (const child of paragraphOf(lines).children) {
    const last = children.at(-1);
    if (child.type === 'text' && last?.type === 'text')
      children[children.length - 1] = { ...last, value: last.value + child.value };
    else children.push(child);
  }
  return { type: 'paragraph', children };
}

/**
 * A block quote that starts with an alert's marker and holds more markers, each at the start of a
 * line, cut into one quote per alert, as DocFX reads it: `> [!NOTE]` / `> …` / `> [!WARNING]` /
 * `> …` is a note and a warning, with or without a blank `>` line between them.
 */
function alertQuotes(quote: Readonly<Blockquote>, ctx: Context): Blockquote[] | undefined {
  const sections: Block[][] = [];
  for (const block of quote.children) {
    if (block.type !== 'paragraph' || !holds(block, '[!')) {
      if (sections.length === 0) return undefined;
      sections.at(-1)!.push(block);
      continue;
    }
    let lines: Line[] = [];
    const flush = () => {
      if (lines.length > 0) sections.at(-1)?.push(joinedParagraph(lines));
      lines = [];
    };
    for (const line of paragraphLines(block, ctx)) {
      if (MARKER_LINE.test(lineText(line))) {
        flush();
        sections.push([]);
      } else if (sections.length === 0) return undefined;
      lines.push(line);
    }
    flush();
  }
  if (sections.length < 2) return undefined;
  return sections.map((children) => ({ type: 'blockquote', children: children as Blockquote['children'] }));
}

export function alertsPlugin(labels: Readonly<Record<AlertKind, string>>): MdastPluginEntry[] {
  return [
    onlyIfUsed(
      USES,
      containersPlugin('docfx-alerts-split', (children, ctx) => {
        let split = false;
        const blocks = children.flatMap((child) => {
          const quotes = child.type === 'blockquote' ? alertQuotes(child as Blockquote, ctx) : undefined;
          if (quotes) split = true;
          return quotes ?? [child];
        });
        return split ? blocks : undefined;
      }),
    ),
    onlyIfUsed(USES, {
      name: 'docfx-alerts',
      blockquote(node, ctx) {
        convertAlert(node, ctx, labels);
      },
    }),
  ];
}
