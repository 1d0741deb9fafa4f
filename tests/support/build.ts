import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** `npm run build`: Astro's build, then the search index in a process of its own. */
const buildCommand = path.join(projectRoot, 'src', 'commands', 'build.ts');

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

export interface BuildOptions {
  env?: Record<string, string>;
  args?: string[];
  /** Where to write the site; a fresh temporary folder by default. */
  outDir?: string;
}

/**
 * The report files each build writes beside its output folder: removed when the test process
 * ends, as the tests remove the output folders themselves, so a run leaves nothing behind.
 */
const reports: string[] = [];
process.once('exit', () => {
  for (const file of reports) rmSync(file, { force: true });
});

/** Runs a real build, as `npm run build` does, into a fresh temporary folder. */
export function buildSite({
  env = {},
  args = [],
  outDir = mkdtempSync(path.join(tmpdir(), 'site-build-')),
}: BuildOptions = {}): BuildResult {
  reports.push(`${outDir}.report.json`, `${outDir}.report.txt`);
  const result = spawnSync(process.execPath, [buildCommand, '--outDir', outDir, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
