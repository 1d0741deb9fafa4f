export type Severity = 'error' | 'warning';

/** One finding about one source file, precise enough to fix it without searching. */
export interface Diagnostic {
  file: string;
  line?: number | undefined;
  key?: string | undefined;
  message: string;
  severity: Severity;
}

/** "content/a.mdx:17: ms.date: expected a real date …", the form editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  const key = diagnostic.key === undefined ? '' : `${diagnostic.key}: `;
  return `${place}: ${diagnostic.severity}: ${key}${diagnostic.message}`;
}
