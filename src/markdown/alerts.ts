import type { Blockquote, Paragraph } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
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

export function alertsPlugin(labels: Readonly<Record<AlertKind, string>>): MdastPluginEntry {
  return onlyIfUsed(USES, {
    name: 'docfx-alerts',
    blockquote(node, ctx) {
      convertAlert(node, ctx, labels);
    },
  });
}
