import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_DIR } from '../../src/search/bundle';
import * as pagefind from 'pagefind';
import { writeSearchIndex } from '../../src/search/indexer';
import { writeShard } from '../../src/search/shard-writer';
import { buildSite, projectRoot } from '../support/build';

const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'docset');
const indexFiles = (outDir: string, folder = '') =>
  readdirSync(path.join(outDir, SEARCH_INDEX_DIR, folder))
    .filter((name) => !name.startsWith('shard-'))
    .sort();

describe('the search index', () => {
  const outDirs: string[] = [];
  afterAll(() => {
    for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
  });

  it("is written by the build command once Astro's build has ended, in shards of the pages it is told", () => {
    const build = buildSite({ env: { CONTENT_DIR: fixture, SEARCH_SHARD_PAGES: '3' } });
    outDirs.push(build.outDir);
    expect(build.status, build.output).toBe(0);
    const lines = build.output.split('\n');
    const astroDone = lines.findIndex((line) => line.includes('[build] Complete!'));
    const named = lines.findIndex((line) =>
      /\[search-index\] search index: \d+ article page\(s\), indexed once/.test(line),
    );
    const indexed = lines.findIndex((line) =>
      /\[search-index\] search index: \d+ article page\(s\) in 4 shard/.test(line),
    );
    expect(named).toBeGreaterThan(-1);
    expect(named).toBeLessThan(astroDone);
    expect(indexed).toBeGreaterThan(astroDone);
    expect(lines.filter((line) => /search index shard \d\/4: [1-3] page\(s\)/.test(line))).toHaveLength(4);

    const list = JSON.parse(readFileSync(path.join(build.outDir, SEARCH_INDEX_DIR, 'shards.json'), 'utf8'));
    expect(list).toEqual({ shards: ['shard-2/', 'shard-3/', 'shard-4/'] });
    // The first shard holds the search page's module and WebAssembly; the others only their index.
    expect(indexFiles(build.outDir)).toContain('pagefind.js');
    for (const shard of list.shards) {
      expect(indexFiles(build.outDir, shard).filter((name) => !/\.pf_meta$/.test(name))).toEqual([
        'filter',
        'fragment',
        'index',
        'pagefind-entry.json',
      ]);
    }
  });

  it('is written within a plain `astro build` too, in one shard by default, in shards one after another', () => {
    const build = buildSite({ env: { CONTENT_DIR: fixture } });
    outDirs.push(build.outDir);
    rmSync(path.join(build.outDir, SEARCH_INDEX_DIR), { recursive: true });
    const astroBuild = (env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [astroBin, 'build', '--outDir', build.outDir], {
        cwd: projectRoot,
        env: { ...process.env, CONTENT_DIR: fixture, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
        encoding: 'utf8',
      });
    const plain = astroBuild();
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(/search index: \d+ article page\(s\) in 1 shard\(s\)/);
    expect(plain.stdout.indexOf('search index:')).toBeLessThan(plain.stdout.indexOf('[build] Complete!'));
    expect(readFileSync(path.join(build.outDir, SEARCH_INDEX_DIR, 'shards.json'), 'utf8')).toBe('{"shards":[]}');
    expect(indexFiles(build.outDir)).toContain('pagefind-entry.json');
    // In shards too, written one after another inside Astro's build.
    const sharded = astroBuild({ SEARCH_SHARD_PAGES: '3' });
    expect(sharded.status, sharded.stdout + sharded.stderr).toBe(0);
    expect(sharded.stdout).toMatch(/search index: \d+ article page\(s\) in 4 shard\(s\)/);
    expect(JSON.parse(readFileSync(path.join(build.outDir, SEARCH_INDEX_DIR, 'shards.json'), 'utf8'))).toEqual({
      shards: ['shard-2/', 'shard-3/', 'shard-4/'],
    });
  });

  it('fails with the shard that could not be written, once the others have ended, and leaves no shard behind', async () => {
    const build = buildSite({ env: { CONTENT_DIR: fixture } });
    outDirs.push(build.outDir);
    expect(build.status, build.output).toBe(0);
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && !file.startsWith(SEARCH_INDEX_DIR))
      .filter((file) => readFileSync(path.join(build.outDir, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => ({ file, url: `/${path.dirname(file)}/` }));
    expect(pages.length).toBeGreaterThan(3);
    // A page gone between the build and its index (a host's clean-up, a full disk): its shard fails.
    const gone = { file: 'gone/index.html', url: '/gone/' };
    const lines: string[] = [];
    // The shards are written in this process: nothing of a failed one may be left to fail unawaited.
    const unawaited: unknown[] = [];
    const listener = (reason: unknown) => unawaited.push(reason);
    process.on('unhandledRejection', listener);
    try {
      await expect(writeSearchIndex(build.outDir, [...pages, gone], 2, (line) => lines.push(line))).rejects.toThrow(
        /search index shard \d+\/\d+ \(\d+ pages\) failed: ENOENT.*gone/,
      );
      // A page that cannot be read right after one already handed to the indexer, in one shard.
      const folder = mkdtempSync(path.join(tmpdir(), 'shard-'));
      outDirs.push(folder);
      await expect(
        writeShard({ output: build.outDir, pages: [pages[0]!, gone], folder, first: true }, pagefind),
      ).rejects.toThrow(/ENOENT.*gone/);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      process.off('unhandledRejection', listener);
    }
    expect(unawaited).toEqual([]);
    // The shards that could be written were, and said so; none is left beside the build's files.
    expect(lines.filter((line) => /search index shard \d+\/\d+:/.test(line)).length).toBeGreaterThan(0);
    expect(readdirSync(build.outDir).filter((name) => name.startsWith(`${SEARCH_INDEX_DIR}.`))).toEqual([]);
  });

  it('is not written when the build stops, and the command says so by its exit status', () => {
    const build = buildSite({ env: { CONTENT_DIR: path.join(fixture, 'no-such-folder') } });
    outDirs.push(build.outDir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/CONTENT_DIR/);
    expect(build.output).not.toMatch(/\[search-index\]/);
    expect(existsSync(path.join(build.outDir, SEARCH_INDEX_DIR))).toBe(false);
  });
});
