import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests look for Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumCandidate(): string {
  return process.env['CHROME_PATH'] || DEFAULT_CHROMIUM;
}

/** The Chromium executable to drive, or undefined when there is none. */
export function findChromium(): string | undefined {
  const candidate = chromiumCandidate();
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return undefined;
  }
}

export function runningInCI(): boolean {
  return process.env['CI'] === 'true';
}

export function missingChromiumMessage(candidate = chromiumCandidate()): string {
  return `no Chromium at ${candidate}. Install it with \`apt-get install chromium\` or set CHROME_PATH.`;
}
