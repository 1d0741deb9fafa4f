import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** One real build of the site per test run, shared by every site test. */
export default function setup(project: TestProject) {
  const build = buildSite();
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  project.provide('siteDir', build.outDir);
  return () => rmSync(build.outDir, { recursive: true, force: true });
}
