import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../../src/articles/slug';
import { takeInventory } from '../../src/docset/inventory';
import { resolveContentSource } from '../../src/docset/source';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import {
  dynamics365OperationsAvailable,
  dynamics365OperationsDir,
  projectOperationsAvailable,
  projectOperationsDir,
} from '../support/corpus';
import { copyRepository, damageRepository, type Damage } from '../support/damage';

/**
 * A delivered repository is published as delivered: whatever is wrong with it, the build exits 0,
 * names each damaged file in its report, and publishes every other article as it would have
 * without the damage. Each seed damages a copy in its own reproducible way (tests/support/damage.ts);
 * `DAMAGE_KEEP=1` keeps the copies, builds, reports and build logs (`<build>.log`) to look at.
 */

const underCI = process.env['CI'] === 'true';
const keep = process.env['DAMAGE_KEEP'] === '1';

for (const [name, available] of [
  ['ProjectOperations', projectOperationsAvailable],
  ['Dynamics365Operations', dynamics365OperationsAvailable],
] as const) {
  // CI has every corpus; elsewhere a missing one skips its tests.
  if (!available && underCI) throw new Error(`No ${name} repository: the damage tests cannot run under CI.`);
}

interface Finding {
  file: string;
  line?: number;
  code?: string;
  message: string;
  severity: string;
}

interface Built {
  root: string;
  build: BuildResult;
  /** The report's findings; undefined when the build wrote no report. */
  findings: Finding[] | undefined;
}

/** Builds a copy; its output folder and report files are added to `leftovers`, to be removed. */
function buildRepository(root: string, leftovers: string[]): Built {
  const build = buildSite({ env: { CONTENT_DIR: root } });
  const report = `${build.outDir}.report.json`;
  leftovers.push(build.outDir, report, `${build.outDir}.report.txt`);
  if (keep) writeFileSync(`${build.outDir}.log`, build.output);
  const findings = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { diagnostics: Finding[] }).diagnostics
    : undefined;
  return { root, build, findings };
}

/** A stack frame ("    at f (file.js:1:2)", "    at file.js:1:2"), or an error line about a stack. */
const STACK_LINE = /^\s+at (?:.+\(.+:\d+:\d+\)|\S+:\d+:\d+)$/;

function stackLines(output: string): string[] {
  return output.split('\n').filter((line) => STACK_LINE.test(line) || (/\[ERROR\]/.test(line) && /stack/i.test(line)));
}

/** The lines that say why a build failed, for the message of a failed assertion. */
function firstErrors(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  // Findings read "[ERROR] … file:line: error: …"; what stopped the build is anything else of an error.
  const failures = lines.filter((line) => /Error\b|\[ERR_|ERR_/.test(line) && !/: error: /.test(line));
  return [...failures.slice(0, 10), '… last lines:', ...lines.slice(-12)].join('\n');
}

const pageOf = (article: string) => {
  const route = routeOf(article);
  return route === '' ? 'index.html' : `${route}/index.html`;
};

/** What the article's Markdown became: its heading and the element holding the rendered body. */
function mainContent(outDir: string, article: string): string | undefined {
  const page = path.join(outDir, pageOf(article));
  if (!existsSync(page)) return undefined;
  const document = parse(readFileSync(page, 'utf8'));
  const parts = [document.querySelector('article h1'), document.querySelector('.article-body')];
  return parts.map((part) => part?.outerHTML ?? '(none)').join('\n');
}

/** The first place two texts differ, with a little of each around it. */
function firstDifference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 80));
  return `at ${at}: ${around(before)} → ${around(after)}`;
}

const stem = (file: string) => path.posix.basename(file).replace(/\.[^.]*$/, '');

/**
 * A name as a whole file name, as a link or include writes it ("banner" in "(../includes/banner.md)",
 * not in "footer-banner.md"), in any case.
 */
function mentionOf(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_-])${escaped}(?:$|[^\\p{L}\\p{N}_-])`, 'iu');
}

/**
 * The names a page may mention if the damage can change it: each damaged or related file's base
 * name, and that of every include mentioning one of them (an article can reach a damaged file
 * through includes it mentions).
 */
function touchedNames(damages: readonly Damage[], includes: readonly string[], root: string): string[] {
  const names = new Set(
    damages.flatMap((damage) => [damage.file, ...damage.related]).map((file) => stem(file).toLowerCase()),
  );
  const texts = includes.map((include) => ({
    name: stem(include).toLowerCase(),
    text: existsSync(path.join(root, include)) ? readFileSync(path.join(root, include), 'latin1') : '',
  }));
  for (let grown = true; grown;) {
    grown = false;
    for (const { name, text } of texts) {
      if (names.has(name) || ![...names].some((touched) => mentionOf(touched).test(text))) continue;
      names.add(name);
      grown = true;
    }
  }
  return [...names];
}

/**
 * The findings of a build by file from the repository root, each as its code and message with the
 * copy's own path taken out, so that two copies' findings compare (lines move with the damage).
 */
function findingsByFile(built: Built): Map<string, string[]> {
  const shown = [built.root, path.relative(projectRoot, built.root)].map((root) => root.split(path.sep).join('/'));
  const byFile = new Map<string, string[]>();
  for (const finding of built.findings ?? []) {
    const file = path.relative(built.root, path.resolve(projectRoot, finding.file)).split(path.sep).join('/');
    const message = shown.reduce((text, root) => text.replaceAll(root, '<repository>'), finding.message);
    byFile.set(file, [...(byFile.get(file) ?? []), `${finding.code ?? ''} ${message}`]);
  }
  return byFile;
}

/** How many findings each file has in the damaged build beyond those the undamaged build has. */
function newFindingCounts(damaged: Built, undamaged: Built): Map<string, number> {
  const before = findingsByFile(undamaged);
  const counts = new Map<string, number>();
  for (const [file, findings] of findingsByFile(damaged)) {
    const old = [...(before.get(file) ?? [])];
    const fresh = findings.filter((finding) => {
      const at = old.indexOf(finding);
      if (at >= 0) old.splice(at, 1);
      return at < 0;
    });
    counts.set(file, fresh.length);
  }
  return counts;
}

const label = (damage: Damage) => `${damage.kind} ${damage.file} (${damage.note.slice(0, 120)})`;

function damageSuite(name: string, sourceRoot: string, seeds: readonly number[], timeout: number): void {
  describe(name, () => {
    /** The copies, and every folder and file the builds wrote beside them. */
    let temp: string;
    const leftovers: string[] = [];
    let undamaged: Built;
    /** The doc set folder from the repository root, and its articles and includes from the doc set. */
    let docset: string;
    let articles: string[];
    let includes: string[];

    beforeAll(() => {
      temp = mkdtempSync(path.join(tmpdir(), 'damage-'));
      leftovers.push(temp);
      const root = path.join(temp, 'undamaged');
      copyRepository(sourceRoot, root);
      const source = resolveContentSource(root);
      const inventory = takeInventory(source.folder, source.docfx);
      docset = path.relative(root, source.folder).split(path.sep).join('/');
      articles = inventory.articles;
      includes = inventory.includes.map((include) => path.posix.join(docset, include));
      undamaged = buildRepository(root, leftovers);
      if (undamaged.build.status !== 0) {
        throw new Error(`The undamaged copy does not build:\n${firstErrors(undamaged.build.output)}`);
      }
    }, timeout);

    afterAll(() => {
      if (keep) return console.log(`${name}: damaged copies, builds and reports kept in ${leftovers.join(' ')}`);
      for (const file of leftovers) rmSync(file, { recursive: true, force: true });
    });

    it('publishes every article of the undamaged copy, its body where the comparison looks', () => {
      expect(articles.filter((article) => !existsSync(path.join(undamaged.build.outDir, pageOf(article))))).toEqual([]);
      // Were the body's element renamed, every comparison would read "(none)" twice and pass.
      const bodiless = articles.filter((article) => mainContent(undamaged.build.outDir, article)?.includes('(none)'));
      expect(bodiless).toEqual([]);
    });

    for (const seed of seeds) {
      describe(`damaged with seed ${seed}`, () => {
        let damages: Damage[];
        let damaged: Built;
        const fromDocset = (file: string) => (docset === '' ? file : file.slice(docset.length + 1));
        const inDocset = (file: string) => docset === '' || file.startsWith(`${docset}/`);

        beforeAll(() => {
          const root = path.join(temp, `seed-${seed}`);
          damages = damageRepository(sourceRoot, root, seed);
          damaged = buildRepository(root, leftovers);
        }, timeout);

        it('exits 0', () => {
          expect(damaged.build.status, firstErrors(damaged.build.output)).toBe(0);
        });

        it('shows no stack trace', () => {
          expect(stackLines(damaged.build.output)).toEqual([]);
        });

        it('names every damaged file in its report', () => {
          expect(damaged.findings, `no report beside ${damaged.build.outDir}`).toBeDefined();
          const named = (file: string) =>
            damaged.findings!.some((finding) => {
              const reported = finding.file.split(path.sep).join('/');
              return reported === file || reported.endsWith(`/${file}`);
            });
          expect(damages.filter((damage) => !named(damage.file)).map(label)).toEqual([]);
        });

        it('reports each damage with a finding of its own, which the undamaged build does not have', () => {
          expect(damaged.findings, `no report beside ${damaged.build.outDir}`).toBeDefined();
          // A file named for an older problem (a missing image, say) is not a report of the damage.
          const counts = newFindingCounts(damaged, undamaged);
          const unreported: string[] = [];
          for (const file of new Set(damages.map((damage) => damage.file))) {
            // The redirection damages share their file: it needs a new finding for each.
            const onFile = damages.filter((damage) => damage.file === file);
            unreported.push(...onFile.slice(counts.get(file) ?? 0).map(label));
          }
          expect(unreported).toEqual([]);
        });

        it('publishes every undamaged article, and every damaged one it can', () => {
          const unpublishable = new Set(damages.filter((damage) => damage.leavesOut).map((damage) => damage.file));
          const expected = [
            ...articles.filter((article) => !unpublishable.has(path.posix.join(docset, article))),
            ...damages
              .filter((damage) => damage.article && !damage.leavesOut && inDocset(damage.file))
              .map((damage) => fromDocset(damage.file)),
          ];
          const missing = expected.filter((article) => !existsSync(path.join(damaged.build.outDir, pageOf(article))));
          expect(missing.map((article) => `${article} → /${pageOf(article)}`)).toEqual([]);
        });

        it('renders every article the damage cannot reach as the undamaged build did', () => {
          const touchedFiles = new Set(damages.flatMap((damage) => [damage.file, ...damage.related]));
          const mentioned = touchedNames(damages, includes, damaged.root).map(mentionOf);
          const untouched = articles.filter((article) => {
            if (touchedFiles.has(path.posix.join(docset, article))) return false;
            const text = readFileSync(path.join(undamaged.root, docset, article), 'utf8');
            return !mentioned.some((mention) => mention.test(text));
          });
          // A damaged include that most articles use (Dynamics365Operations' banner.md) leaves few to
          // compare, but never none, or the check would pass by comparing nothing.
          expect(untouched.length).toBeGreaterThan(0);
          const changed: string[] = [];
          for (const article of untouched) {
            const before = mainContent(undamaged.build.outDir, article)!;
            const after = mainContent(damaged.build.outDir, article);
            if (after === undefined) changed.push(`${article}: no page`);
            else if (after !== before) changed.push(`${article}: ${firstDifference(before, after)}`);
          }
          expect(changed).toEqual([]);
        });
      });
    }
  });
}

describe.skipIf(!projectOperationsAvailable)('the ProjectOperations repository, damaged', () => {
  // About 10 s a build.
  damageSuite('ProjectOperations', projectOperationsDir, [1, 2, 3], 300_000);
});

describe.skipIf(!dynamics365OperationsAvailable)('the Dynamics365Operations repository, damaged', () => {
  // 2,877 articles: 60 to 90 s a build.
  damageSuite('Dynamics365Operations', dynamics365OperationsDir, [1], 900_000);
});
