import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partOutput } from '../../src/context/partition';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { git } from '../support/git';
import { compareBuilds } from '../tools/compare-builds';

const fixture = path.join(projectRoot, 'tests', 'fixtures', 'docset');

/** Every file of a build, hashed names and all: equal lists mean equal assets too. */
const filesOf = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
const reportOf = (build: BuildResult) =>
  JSON.parse(readFileSync(`${build.outDir}.report.json`, 'utf8')) as { diagnostics: unknown[]; pages: number };

/**
 * The repository fixture built whole, in parts of three articles by `npm run build`, and in parts
 * built one step at a time as separate jobs would build them: the three sites must be one.
 */
describe('a build in parts', () => {
  const folders: string[] = [];
  let whole: BuildResult;
  let parted: BuildResult;
  beforeAll(() => {
    whole = buildSite({ env: { CONTENT_DIR: fixture } });
    parted = buildSite({ env: { CONTENT_DIR: fixture, PART_SIZE: '3' } });
    folders.push(whole.outDir, parted.outDir);
    for (const build of [whole, parted]) if (build.status !== 0) throw new Error(build.output);
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('writes the same site as one build, byte for byte, search index included', () => {
    expect(parted.output).toMatch(/\[parts\] part 3 of 3: done/);
    expect(parted.output).toMatch(/\[part-merge\] merged 3 part\(s\)/);
    expect(compareBuilds(whole.outDir, parted.outDir)).toEqual([]);
    expect(filesOf(parted.outDir)).toEqual(filesOf(whole.outDir));
  });

  it('reports every finding once, as one build does', () => {
    expect(reportOf(whole).diagnostics.length).toBeGreaterThan(0);
    expect(reportOf(parted).diagnostics).toEqual(reportOf(whole).diagnostics);
    expect(reportOf(parted).pages).toBe(reportOf(whole).pages);
  });

  it('is spread over separate jobs: the plan, each part and the site, each a process of its own', () => {
    const planDir = mkdtempSync(path.join(tmpdir(), 'plan-'));
    // Each job has a clone of its own of the content, which need not sit where the plan's did.
    const planCheckout = mkdtempSync(path.join(tmpdir(), 'plan-checkout-'));
    const checkout = mkdtempSync(path.join(tmpdir(), 'checkout-'));
    folders.push(planDir, planCheckout, checkout);
    cpSync(fixture, planCheckout, { recursive: true });
    git(planCheckout, 'init', '-q');
    git(planCheckout, 'add', '.');
    git(planCheckout, 'commit', '-q', '-m', 'content');
    git(tmpdir(), 'clone', '-q', planCheckout, checkout);
    const step = (part: string, outDir?: string, args: string[] = []) => {
      const env = { CONTENT_DIR: checkout, PART_SIZE: '3', BUILD_PART: part, BUILD_PLAN: planDir };
      const build = buildSite({ env, args, ...(outDir ? { outDir } : {}) });
      folders.push(build.outDir);
      return build;
    };
    const plan = buildSite({
      env: { CONTENT_DIR: planCheckout, PART_SIZE: '3', BUILD_PART: 'plan', BUILD_PLAN: planDir },
    });
    folders.push(plan.outDir);
    expect(plan.status, plan.output).toBe(0);
    // Nothing after the plan reads the plan job's checkout.
    rmSync(planCheckout, { recursive: true });
    const { parts } = JSON.parse(readFileSync(path.join(planDir, 'plan.json'), 'utf8')) as { parts: number };
    expect(parts).toBe(3);
    // In any order, as a matrix of jobs finishes them.
    for (const number of [3, 1, 2]) {
      const part = step(String(number), partOutput(planDir, number));
      expect(part.status, part.output).toBe(0);
    }
    const site = step('site');
    expect(site.status, site.output).toBe(0);
    expect(compareBuilds(whole.outDir, site.outDir)).toEqual([]);
    expect(filesOf(site.outDir)).toEqual(filesOf(whole.outDir));

    // A step given another base than the plan's would link to another site: it stops, saying so.
    const elsewhere = step('site', undefined, ['--base', '/cits/']);
    expect(elsewhere.status).not.toBe(0);
    expect(elsewhere.output).toMatch(
      /was made for the base \/, not \/cits\/: expected every step to be given the same --base/,
    );

    // So would one given another address for the site: its canonical links would name another.
    const otherSite = step('3', undefined, ['--site', 'https://cits.example.com']);
    expect(otherSite.status).not.toBe(0);
    expect(otherSite.output).toMatch(
      /was made for no site address, not https:\/\/cits\.example\.com\/?: expected every step to be given the same --site/,
    );

    // A part that did not arrive stops the site step, naming it.
    rmSync(partOutput(planDir, 2), { recursive: true });
    const incomplete = step('site');
    expect(incomplete.status).not.toBe(0);
    expect(incomplete.output).toMatch(/the parts could not be merged: part 2 has not been built/);

    // A job whose clone stands at another commit of the content than the plan's stops too.
    const planned = git(checkout, 'rev-parse', 'HEAD');
    writeFileSync(path.join(checkout, 'articles', 'sales', 'quotes.md'), '# Cits saturs\n');
    git(checkout, 'commit', '-q', '-am', 'edited after the plan');
    const later = step('1');
    expect(later.status).not.toBe(0);
    expect(later.output).toContain(
      `was made from the content at commit ${planned.slice(0, 12)}, not ${git(checkout, 'rev-parse', 'HEAD').slice(0, 12)}: expected every job to check out the same commit`,
    );
  });
});
