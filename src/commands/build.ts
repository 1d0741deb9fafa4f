/**
 * `npm run build [-- astro build options]`: Astro's build, then the search index, each in a
 * process of its own, so the memory of one is given back before the other takes its own (see
 * src/integrations/search-index.ts). Past PART_SIZE articles, Astro's build is itself made in
 * steps (src/context/partition.ts): the plan, each part, then the site, one after another.
 * Options (`--site`, `--base`, `--outDir`) go to Astro as given; the parts write into the plan's
 * folder. With BUILD_PART set, only that step is built, as a CI job of a build spread over many
 * machines does (docs/performance.md).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_SUMMARY, partOutput } from '../context/partition.ts';
import { readSettings } from '../context/settings.ts';
import { takeInventory } from '../docset/inventory.ts';
import { resolveContentSource } from '../docset/source.ts';
import { readHandoff, writeSearchIndex } from '../search/indexer.ts';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A line as Astro writes its own: the time, then who speaks. */
const say = (who: string) => (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${who}] ${line}`);

/**
 * Runs `astro build` with `args` and the settings in `env`; true when it succeeded. Not
 * synchronously: this process's event loop keeps running meanwhile (a benchmark samples the
 * memory of every process below it from there).
 */
async function astroBuild(args: readonly string[], env: Record<string, string>): Promise<boolean> {
  const build = spawn(process.execPath, [astro, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const [status] = (await once(build, 'close')) as [number | null];
  if (status !== 0) process.exitCode = status ?? 1;
  return status === 0;
}

/** The options without `--outDir`, for the steps that write into the plan's folder. */
function withoutOutDir(args: readonly string[]): string[] {
  return args.filter((arg, at) => !/^--outDir(=|$)/.test(arg) && args[at - 1] !== '--outDir');
}

const { settings, findings } = readSettings();

/** Whether the doc set has more articles than one build should render. */
function needsParts(): boolean {
  // A setting not understood is Astro's build to report, as a finding.
  if (settings.part || findings.length > 0) return false;
  const source = resolveContentSource(settings.folder, process.cwd(), settings.fallbackDir, settings.docset);
  return takeInventory(source.folder, source.docfx).articles.length > settings.partSize;
}

/** The plan, each part and the site, one after another, sharing one plan folder. */
async function buildInParts(args: readonly string[], handoff: string, work: string): Promise<boolean> {
  const log = say('parts');
  const planDir = settings.planDir ?? path.join(work, 'plan');
  const inPlan = withoutOutDir(args);
  /** One step, timed: each is a process of its own, and the log says what each cost. */
  const step = async (name: string, stepArgs: readonly string[], env: Record<string, string>) => {
    const started = performance.now();
    log(`${name}: started`);
    const built = await astroBuild(stepArgs, { BUILD_PLAN: planDir, ...env });
    log(`${name}: ${built ? 'done' : 'stopped'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return built;
  };
  log(`more articles than PART_SIZE: built in parts, sharing ${planDir}`);
  if (!(await step('plan', [...inPlan, '--outDir', path.join(planDir, 'plan')], { BUILD_PART: 'plan' }))) return false;
  const { parts } = JSON.parse(readFileSync(path.join(planDir, PLAN_SUMMARY), 'utf8')) as { parts: number };
  for (let number = 1; number <= parts; number++) {
    const outDir = partOutput(planDir, number);
    if (!(await step(`part ${number} of ${parts}`, [...inPlan, '--outDir', outDir], { BUILD_PART: String(number) }))) {
      return false;
    }
  }
  return step('the site, with every part merged', args, { BUILD_PART: 'site', SEARCH_INDEX_HANDOFF: handoff });
}

const args = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'build-'));
const handoff = path.join(work, 'search-pages.json');
try {
  const built = needsParts()
    ? await buildInParts(args, handoff, work)
    : await astroBuild(args, { SEARCH_INDEX_HANDOFF: handoff });
  // No list when Astro stopped, was asked for its help rather than a build, or built one part.
  if (built && existsSync(handoff)) {
    const { output, pages, shardPages } = readHandoff(handoff);
    await writeSearchIndex(output, pages, shardPages, say('search-index'));
  }
} catch (error) {
  say('build')(`the build could not be finished: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
