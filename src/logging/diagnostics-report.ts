import path from 'node:path';
import { codeInfo } from '../findings/codes.ts';
import { formatDiagnostic, type Diagnostic, type FindingCode } from '../findings/finding.ts';

/** Up to this many warnings are printed one by one; past it, grouped by kind. */
export const WARNINGS_LISTED = 20;
/** Examples printed under each kind of warning. */
const EXAMPLES = 3;

/** One kind of warning, with how many there are and the first few. */
export interface WarningGroup {
  code: FindingCode;
  count: number;
  examples: Diagnostic[];
}

/** The warnings grouped by code, the biggest group first, each with its first examples in order. */
export function groupWarnings(diagnostics: readonly Diagnostic[]): WarningGroup[] {
  const groups = new Map<FindingCode, WarningGroup>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.code) ?? { code: diagnostic.code, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < EXAMPLES) group.examples.push(diagnostic);
    groups.set(diagnostic.code, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code, 'en'));
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
    const meaning = codeInfo(group.code).means;
    lines.push({ severity: 'warning', text: `${group.count} × ${group.code}: ${meaning} (${examples}${more})` });
  }
  lines.push({
    severity: 'warning',
    text: `${warnings.length} warning(s) of ${groupWarnings(warnings).length} code(s), paths from ${shownAs}${
      report ? `; every one in ${report}` : ''
    }; BUILD_LOG=all prints each`,
  });
  return lines;
}
