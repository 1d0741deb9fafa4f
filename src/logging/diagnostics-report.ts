import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../checks/diagnostics.ts';

/** Up to this many warnings are printed one by one; past it, grouped by kind. */
export const WARNINGS_LISTED = 20;
/** Examples printed under each kind of warning. */
const EXAMPLES = 3;

/** One kind of warning, with how many there are and the first few. */
export interface WarningGroup {
  kind: string;
  count: number;
  examples: Diagnostic[];
}

/**
 * What kind of problem a message names, with its particulars taken out: the addresses, quoted
 * values and numbers that differ from one occurrence to the next.
 * "link to https://x has no text: expected …" → "link to … has no text: expected …".
 */
export function warningKind(message: string): string {
  return message
    .replace(/\b[a-z][\w+.-]*:[^\s"]+/gi, '…')
    .replace(/ {2,}/g, ' … ')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/…(?:\s*…)+/g, '…');
}

/** The warnings grouped by kind, the biggest group first, each with its first examples in order. */
export function groupWarnings(diagnostics: readonly Diagnostic[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const diagnostic of diagnostics) {
    const kind = warningKind(diagnostic.message);
    const group = groups.get(kind) ?? { kind, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < EXAMPLES) group.examples.push(diagnostic);
    groups.set(kind, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind, 'en'));
}

/** A diagnostic's place as seen from the content folder: "commercial-dialogues/x.md:27". */
export function placeIn(folder: string, diagnostic: Diagnostic): string {
  const file = path.relative(folder, path.resolve(diagnostic.file)) || diagnostic.file;
  return diagnostic.line === undefined ? file : `${file}:${diagnostic.line}`;
}

/**
 * The lines the log shows for a build's diagnostics: every error, and every warning while they
 * are few; past that, one line per kind of warning with its count and first examples. `all`
 * shows every one.
 */
export function diagnosticLines(
  diagnostics: readonly Diagnostic[],
  {
    folder,
    shownAs = folder,
    all = false,
    report,
  }: { folder: string; shownAs?: string; all?: boolean; report?: string },
): { severity: 'error' | 'warning'; text: string }[] {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  const lines: { severity: 'error' | 'warning'; text: string }[] = errors.map((diagnostic) => ({
    severity: 'error',
    text: formatDiagnostic(diagnostic),
  }));
  if (all || warnings.length <= WARNINGS_LISTED) {
    return [
      ...lines,
      ...warnings.map((diagnostic) => ({ severity: 'warning' as const, text: formatDiagnostic(diagnostic) })),
    ];
  }
  for (const group of groupWarnings(warnings)) {
    const examples = group.examples.map((diagnostic) => placeIn(folder, diagnostic)).join(', ');
    const more = group.count > group.examples.length ? ', …' : '';
    lines.push({ severity: 'warning', text: `${group.count} × ${group.kind} (${examples}${more})` });
  }
  lines.push({
    severity: 'warning',
    text: `${warnings.length} warning(s) in ${groupWarnings(warnings).length} kind(s), paths from ${shownAs}${
      report ? `; every one in ${report}` : ''
    }; BUILD_LOG=all prints each`,
  });
  return lines;
}
