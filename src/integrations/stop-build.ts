import type { AstroIntegrationLogger } from 'astro';
import { diagnosticLines } from '../logging/diagnostics-report.ts';
import type { Diagnostic } from '../findings/finding.ts';

/**
 * Ends a build that input problems stop: our list, one summary line, exit code 1. Throwing would
 * add Astro's "unhandled error" and a stack trace, which say nothing about the articles; real
 * crashes (bugs of ours) still throw and show theirs.
 */
export function stopBuild(logger: AstroIntegrationLogger, summaryLine: string): never {
  logger.error(summaryLine);
  process.exit(1);
}

/** Logs findings as the build log shows them: grouped by code, errors as errors. */
export function logFindings(
  logger: AstroIntegrationLogger,
  diagnostics: readonly Diagnostic[],
  options: Parameters<typeof diagnosticLines>[1],
): void {
  for (const line of diagnosticLines(diagnostics, options)) {
    (line.severity === 'error' ? logger.error : logger.warn).call(logger, line.text);
  }
}
