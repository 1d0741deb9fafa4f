import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocSet } from '../docset/doc-set.ts';
import type { ContentSource } from '../docset/source.ts';
import {
  checkoutMoves,
  mergePart,
  movePaths,
  partOutput,
  partsOf,
  PLAN_SUMMARY,
  readPartEntries,
  readPartFrontmatter,
  readPlan,
  writePartEntries,
  writePartFrontmatter,
  writePlan,
} from './partition.ts';
import type { ReadFrontmatter } from '../checks/frontmatter.ts';

const ids = (count: number) => Array.from({ length: count }, (_, at) => `a${String(at).padStart(6, '0')}`);
const landing = (id: string) => id === 'index';

describe('the parts of a build', () => {
  it('are one while the articles are within the part size, the landing page in none', () => {
    expect(partsOf(['b', 'index', 'a'], 3, landing)).toEqual([['a', 'b']]);
  });

  it('are runs of the sorted ids, as even as the part size allows', () => {
    expect(partsOf(['c', 'a', 'e', 'b', 'd'], 2, landing)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    for (const [count, size] of [
      [10, 1],
      [3_010, 1_000],
      [28_150, 10_000],
      [98_525, 10_000],
    ] as const) {
      const parts = partsOf(ids(count), size, landing);
      expect(parts).toHaveLength(Math.ceil(count / size));
      expect(parts.flat()).toEqual(ids(count));
      expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(size);
      expect(Math.max(...parts.map((part) => part.length)) - Math.min(...parts.map((part) => part.length))).toBe(
        count % parts.length === 0 ? 0 : 1,
      );
    }
  });
});

describe('a plan followed on another checkout', () => {
  const source = (root: string, folder: string, fallbackRoot?: string) =>
    ({ root, folder: path.join(root, folder), fallbackRoot }) as ContentSource;

  it('moves every path below a root of the plan below the step root, and nothing else', () => {
    const moves = checkoutMoves(source('/a/repo', 'docs', '/a/repo/_repo.en-us'), source('/b/r', 'docs', '/b/en'));
    expect(moves).toEqual(
      new Map([
        ['/a/repo', '/b/r'],
        ['/a/repo/_repo.en-us', '/b/en'],
      ]),
    );
    const planned = {
      folder: '/a/repo/docs',
      root: '/a/repo',
      media: new Map([['/a/repo/docs/media/x.png', { from: '/a/repo/_repo.en-us/docs/media/x.png' }]]),
      files: new Set(['/a/repo/docs/a.md']),
      // Not below a root: a sibling whose name starts alike, a site address, words.
      kept: ['/a/repository/a.md', '/a/repo-2', 'https://learn.microsoft.com/a/repo/x', 'see /a/repo'],
      count: 3,
      when: new Date('2026-12-03'),
    };
    expect(movePaths(planned, moves as Map<string, string>)).toEqual({
      folder: '/b/r/docs',
      root: '/b/r',
      media: new Map([['/b/r/docs/media/x.png', { from: '/b/en/docs/media/x.png' }]]),
      files: new Set(['/b/r/docs/a.md']),
      kept: planned.kept,
      count: 3,
      when: planned.when,
    });
    // The plan as read is left as it was.
    expect(planned.folder).toBe('/a/repo/docs');
  });

  it('keeps an object reached twice one object, as the trails of the navigation are its own nodes', () => {
    const node = { name: 'A', file: '/a/repo/docs/a.md', items: [] as unknown[] };
    node.items.push(node);
    const planned = { items: [node], trails: new Map([['a', [node]]]) };
    const moved = movePaths(planned, new Map([['/a/repo', '/b/r']]));
    expect(moved.items[0]!.file).toBe('/b/r/docs/a.md');
    expect(moved.trails.get('a')![0]).toBe(moved.items[0]);
    expect(moved.items[0]!.items[0]).toBe(moved.items[0]);
  });

  it('moves nothing on the same checkout', () => {
    const moves = checkoutMoves(source('/a/repo', 'docs'), source('/a/repo', 'docs'));
    expect(moves).toEqual(new Map());
    const planned = { folder: '/a/repo/docs' };
    expect(movePaths(planned, moves as Map<string, string>)).toBe(planned);
  });

  it('says why a checkout that differs in more than where it sits cannot follow the plan', () => {
    expect(checkoutMoves(source('/a/repo', 'docs'), source('/b/repo', 'articles'))).toBe(
      'was made for the doc set docs of its repository, not articles: expected every step to build the same doc set',
    );
    expect(checkoutMoves(source('/a/repo', '.', '/a/en'), source('/b/repo', '.'))).toBe(
      'read the source-language repository at /a/en, which this step has not: expected every job to check out the same repositories (CONTENT_FALLBACK_DIR or _repo.en-us)',
    );
  });
});

describe('the plan folder', () => {
  let planDir: string;
  afterEach(() => rmSync(planDir, { recursive: true, force: true }));
  const fresh = () => (planDir = mkdtempSync(path.join(tmpdir(), 'plan-')));

  it('hands the doc set to every step as the plan step had it: maps, sets and dates too', () => {
    fresh();
    const docSet = {
      navigation: { trails: new Map([['a', [{ name: 'A' }]]]) },
      leftOut: new Set(['b.md']),
      updated: new Date('2026-12-03'),
    } as unknown as DocSet;
    const plan = {
      docSet,
      diagnostics: [],
      parts: [['a'], ['c']],
      site: 'https://docs.example.com',
      commit: undefined,
    };
    writePlan(planDir, plan);
    expect(readPlan(planDir)).toEqual(plan);
    expect(JSON.parse(readFileSync(path.join(planDir, PLAN_SUMMARY), 'utf8'))).toEqual({ parts: 2 });
  });

  it('names what a step needs and did not find', () => {
    fresh();
    expect(() => readPlan(planDir)).toThrow(/no plan in .*: expected the plan step \(BUILD_PART=plan\)/);
    writePartEntries(planDir, 1, [{ id: 'a', title: 'A', updated: new Date('2026-12-03') }]);
    expect(() => readPartEntries(planDir, 2)).toThrow(/part 2 of 2 has not been built/);
    writePartEntries(planDir, 2, [{ id: 'c', title: 'C', updated: undefined }]);
    expect(readPartEntries(planDir, 2)).toEqual([
      { id: 'a', title: 'A', updated: new Date('2026-12-03') },
      { id: 'c', title: 'C', updated: undefined },
    ]);
  });

  it('hands each part the frontmatter the checks read of its own articles, dates too, and no other', () => {
    fresh();
    const read = (title: string) =>
      ({
        data: { title, date: new Date('2021-08-27') },
        bodyStart: 20,
        sourceLength: 90,
      }) as unknown as ReadFrontmatter;
    const frontmatter = new Map([
      ['a.md', read('A')],
      ['left-out.md', read('L')],
      ['x/c.md', read('C')],
    ]);
    expect(readPartFrontmatter(planDir, 1)).toBeUndefined();
    writePartFrontmatter(planDir, [['a', 'b'], ['x/c']], (file) => file.replace(/\.md$/, ''), frontmatter);
    expect(readPartFrontmatter(planDir, 1)).toEqual(new Map([['a.md', read('A')]]));
    expect(readPartFrontmatter(planDir, 2)).toEqual(new Map([['x/c.md', read('C')]]));
  });

  it("merges a part's pages into the site's, the site's own index and 404 pages kept", () => {
    fresh();
    const site = path.join(planDir, 'site');
    const write = (folder: string, file: string, text: string) => {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), text);
    };
    write(site, 'index.html', 'site');
    write(site, '_astro/a.1.css', 'css');
    write(partOutput(planDir, 1), 'index.html', 'part');
    write(partOutput(planDir, 1), '404.html', 'part');
    write(partOutput(planDir, 1), '_astro/a.1.css', 'css');
    write(partOutput(planDir, 1), '_astro/b.2.js', 'js');
    write(partOutput(planDir, 1), 'sales/quotes/index.html', 'quotes');
    write(partOutput(planDir, 1), 'sales/quotes/media/a.png', 'png');
    // The folder the site lacks, whole; the file new to a folder it has.
    expect(mergePart(planDir, 1, site)).toBe(2);
    expect(readFileSync(path.join(site, 'sales/quotes/index.html'), 'utf8')).toBe('quotes');
    expect(readFileSync(path.join(site, 'sales/quotes/media/a.png'), 'utf8')).toBe('png');
    expect(readFileSync(path.join(site, '_astro/b.2.js'), 'utf8')).toBe('js');
    expect(readFileSync(path.join(site, '_astro/a.1.css'), 'utf8')).toBe('css');
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('site');

    // A part built from another plan or another version of the project is not merged.
    write(partOutput(planDir, 2), '_astro/a.1.css', 'other css');
    expect(() => mergePart(planDir, 2, site)).toThrow(/part 2: _astro\/a\.1\.css differs from the same file/);
    expect(() => mergePart(planDir, 3, site)).toThrow(/part 3 has not been built/);
  });
});
