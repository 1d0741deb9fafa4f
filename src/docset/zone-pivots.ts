import { parseDocument } from 'yaml';
import type { Finding } from '../findings/finding.ts';

/**
 * A doc set's `zone-pivot-groups.yml` (Microsoft Learn Markdown reference, "Zones"): the groups
 * an article names in `zone_pivot_groups`, each with its pivots' ids and titles, so a zone can be
 * shown under its pivot's title ("Python") rather than its id.
 *
 *     groups:
 *     - id: platform
 *       title: Platform
 *       pivots:
 *       - id: windows
 *         title: Windows
 */

export const ZONE_PIVOT_GROUPS_FILE = 'zone-pivot-groups.yml';

/** Pivot titles by group id, then pivot id. */
export type ZonePivotGroups = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function parseZonePivotGroups(file: string, text: string): { groups: ZonePivotGroups; diagnostics: Finding[] } {
  const diagnostics: Finding[] = [];
  const groups = new Map<string, Map<string, string>>();
  const document = parseDocument(text);
  for (const error of document.errors) {
    diagnostics.push({ code: 'pivot-groups-invalid', file, message: `broken YAML: ${error.message.split('\n')[0]}` });
  }
  const root = document.toJS() as { groups?: unknown } | null;
  if (!Array.isArray(root?.groups)) {
    diagnostics.push({ code: 'pivot-groups-invalid', file, key: 'groups', message: 'expected a list of pivot groups' });
    return { groups, diagnostics };
  }
  for (const group of root.groups as { id?: unknown; pivots?: unknown }[]) {
    if (typeof group?.id !== 'string' || !Array.isArray(group.pivots)) {
      diagnostics.push({
        code: 'pivot-groups-invalid',
        file,
        message: 'expected each group to have an id and a list of pivots',
      });
      continue;
    }
    const pivots = new Map<string, string>();
    for (const pivot of group.pivots as { id?: unknown; title?: unknown }[]) {
      if (typeof pivot?.id === 'string') pivots.set(pivot.id, typeof pivot.title === 'string' ? pivot.title : pivot.id);
    }
    groups.set(group.id, pivots);
  }
  return { groups, diagnostics };
}

/** The pivot titles of the groups an article names ("platform", or "platform, language"). */
export function pivotTitlesFor(groups: ZonePivotGroups, named: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  if (typeof named !== 'string') return titles;
  for (const id of named.split(',').map((part) => part.trim())) {
    for (const [pivot, title] of groups.get(id) ?? []) titles.set(pivot, title);
  }
  return titles;
}
