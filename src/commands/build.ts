/**
 * `npm run build [-- astro build options]`: Astro's build, then the search index, each in a
 * process of its own, so the memory of one is given back before the other takes its own (see
 * src/integrations/search-index.ts). Options (`--site`, `--base`, `--outDir`) go to Astro as given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHandoff, writeSearchIndex } from '../search/indexer.ts';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A line as Astro writes its own: the time, then who speaks. */
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [search-index] ${line}`);

const work = mkdtempSync(path.join(tmpdir(), 'build-'));
const handoff = path.join(work, 'search-pages.json');
try {
  const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SEARCH_INDEX_HANDOFF: handoff },
  });
  if (build.status !== 0) process.exitCode = build.status ?? 1;
  // No list when Astro stopped, or was asked for its help rather than a build.
  else if (existsSync(handoff)) {
    const { output, pages, shardPages } = readHandoff(handoff);
    await writeSearchIndex(output, pages, shardPages, log);
  }
} catch (error) {
  log(`the search index could not be written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
