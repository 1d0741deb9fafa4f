import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/** Headless Chromium as every test and the benchmark drive it: no sandbox (root in CI), no GPU, no calls home. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
