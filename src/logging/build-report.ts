import { writeFileSync } from 'node:fs';
import { formatDiagnostic, type Diagnostic } from '../findings/finding.ts';
import { groupWarnings } from './diagnostics-report.ts';

/** What one build found and made, for its report file and its last line. */
export interface BuildReport {
  /** The content folder, which the report's paths start from. */
  folder: string;
  articles: number;
  pages: number;
  outputBytes: number;
  seconds: number;
  diagnostics: Diagnostic[];
}

/** The report files beside the output folder: "dist" → "dist.report.json" and "dist.report.txt". */
export function reportFiles(output: string): { json: string; text: string } {
  const stem = output.replace(/[\\/]+$/, '');
  return { json: `${stem}.report.json`, text: `${stem}.report.txt` };
}

/** Writes the full list of what the build found, as JSON and as the lines the log would show each as. */
export function writeReport(output: string, report: BuildReport): { json: string; text: string } {
  const files = reportFiles(output);
  const byCode: Record<string, number> = {};
  for (const { code } of report.diagnostics) byCode[code] = (byCode[code] ?? 0) + 1;
  writeFileSync(files.json, `${JSON.stringify({ ...report, byCode }, null, 2)}\n`);
  const lines = [
    `${report.articles} article(s) from ${report.folder}, ${report.pages} page(s), ${report.diagnostics.length} finding(s)`,
    ...report.diagnostics.map(formatDiagnostic),
  ];
  writeFileSync(files.text, `${lines.join('\n')}\n`);
  return files;
}

/** The build's last word: what it made, what it found by kind, and how long it took. */
export function summaryLine(report: BuildReport): string {
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  const kinds = groupWarnings(warnings)
    .slice(0, 3)
    .map((group) => `${group.count} ${group.code}`)
    .join(', ');
  return [
    `${report.articles} article(s) → ${report.pages} page(s), ${(report.outputBytes / 1e6).toFixed(1)} MB`,
    ` in ${report.seconds.toFixed(1)} s;`,
    ` ${warnings.length} warning(s)${kinds ? ` (${kinds}${groupWarnings(warnings).length > 3 ? ', …' : ''})` : ''},`,
    ` ${errors} error(s)`,
  ].join('');
}
