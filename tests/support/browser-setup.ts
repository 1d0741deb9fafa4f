import type { TestProject } from 'vitest/node';
import { chromiumCandidate, findChromium, missingChromiumMessage, runningInCI } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Chromium executable for the browser tests; empty when none was found (they skip). */
    chromiumPath: string;
  }
}

/**
 * Finds Chromium once per run. Without it the browser tests skip with one line of explanation,
 * except under CI=true, where a missing browser fails the run.
 */
export default function setup(project: TestProject) {
  const found = findChromium();
  if (!found) {
    const message = missingChromiumMessage(chromiumCandidate());
    if (runningInCI()) throw new Error(`Browser tests cannot run under CI: ${message}`);
    console.warn(`Browser tests skipped: ${message}`);
  }
  project.provide('chromiumPath', found ?? '');
}
