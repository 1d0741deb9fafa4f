import { codeInfo, type FindingCode } from './codes.ts';

export type { FindingCode } from './codes.ts';
export type Severity = 'error' | 'warning';

/**
 * One finding about one source file, precise enough to fix it without searching. What it does
 * to the build follows from its code (src/findings/codes.ts), not from its message.
 */
export interface Finding {
  code: FindingCode;
  file: string;
  line?: number | undefined;
  key?: string | undefined;
  message: string;
}

/** A finding judged for a build: our own content (strict) or a delivered doc set. */
export interface Diagnostic extends Finding {
  severity: Severity;
}

/** The severity of a code in a build of our own content (strict) or of a delivered doc set. */
export function severityOf(code: FindingCode, strict: boolean): Severity {
  const { class: kind } = codeInfo(code);
  if (kind === 'fatal' || kind === 'error') return 'error';
  return kind === 'editable' && strict ? 'error' : 'warning';
}

export function judge(finding: Finding, strict: boolean): Diagnostic {
  return { ...finding, severity: severityOf(finding.code, strict) };
}

/**
 * Whether the build stops: any error in our own content; in a delivered doc set only what
 * leaves nothing to publish.
 */
export function stopsBuild(code: FindingCode, strict: boolean): boolean {
  const { class: kind } = codeInfo(code);
  return kind === 'fatal' || (strict && severityOf(code, strict) === 'error');
}

/** Whether an article with this finding at its own file is left out of the site. */
export function leavesOut(code: FindingCode): boolean {
  return 'leavesOut' in codeInfo(code);
}

/** "content/a.mdx:17: error: ms.date: expected a real date … [metadata-type]", the form editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  const key = diagnostic.key === undefined ? '' : `${diagnostic.key}: `;
  return `${place}: ${diagnostic.severity}: ${key}${diagnostic.message} [${diagnostic.code}]`;
}
