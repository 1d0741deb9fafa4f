import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { corpusAvailable, corpusDir } from '../support/corpus';
import { compareBuilds } from '../tools/compare-builds';

/** The real collection, 3,010 articles, whole and in four parts of at most 1,000. */
describe.skipIf(!corpusAvailable)('the collection built in parts', () => {
  let whole: BuildResult;
  let parted: BuildResult;
  beforeAll(() => {
    whole = buildSite({ env: { CONTENT_DIR: corpusDir } });
    parted = buildSite({ env: { CONTENT_DIR: corpusDir, PART_SIZE: '1000' } });
  });
  afterAll(() => {
    for (const build of [whole, parted]) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('is the same site as one build, byte for byte, its images and search index included', () => {
    expect(whole.status, whole.output).toBe(0);
    expect(parted.status, parted.output).toBe(0);
    expect(parted.output).toMatch(/\[parts\] part 4 of 4: done/);
    const files = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(parted.outDir).length).toBeGreaterThan(3_000);
    expect(compareBuilds(whole.outDir, parted.outDir)).toEqual([]);
    expect(files(parted.outDir)).toEqual(files(whole.outDir));
  });
});
