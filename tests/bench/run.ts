/**
 * `npm run bench`: builds the real article collection at growing sizes and prints
 * what each build costs. Each build is cold: a fresh folder, so a fresh content cache.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeInventory } from '../../src/docset/inventory.ts';
import { resolveContentSource } from '../../src/docset/source.ts';
import { cacheDirFor } from '../../src/markdown/render-cache.ts';
import { writeCopySet } from './copy-set.ts';
import { scaleChart } from './chart.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = path.resolve(root, process.env['CORPUS_DIR'] ?? '../shared/corpus/lv-LV/AlchemyInsights');
const reportFile = path.join(root, 'docs', 'benchmark.md');
/** `npm run build`: Astro's build, then the search index once Astro has ended. */
const buildCommand = path.join(root, 'src', 'commands', 'build.ts');
const peakMemoryHook = fileURLToPath(new URL('./peak-memory.ts', import.meta.url));

interface Measurement {
  articles: number;
  pages: number;
  seconds: number;
  msPerArticle: number;
  peakMemory: number;
  outputBytes: number;
  largestPage: number;
  /** What each step of the build took, as its log says: each part of a build in parts, each index shard. */
  steps: string[];
}

/** The lines of a build's log that time one of its steps. */
const STEP_LINE = /\[parts\] .*: done in [\d.]+ s|\[search-index\] search index(?: shard \d+\/\d+)?: \d+ .*, [\d.]+ s$/;

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

/** A cold build of the first N articles of the collection, copied to a flat folder of their own. */
function measure(articles: string[]): Measurement {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const content = path.join(work, 'content');
  mkdirSync(content);
  for (const name of articles) copyFileSync(path.join(corpus, name), path.join(content, name));
  if (existsSync(path.join(corpus, 'media')))
    cpSync(path.join(corpus, 'media'), path.join(content, 'media'), { recursive: true });
  try {
    return measureBuild(content, articles.length);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface BuildRun {
  /** The project to build in, and the script that builds it, with its arguments before `--outDir`. */
  cwd: string;
  command: string[];
  /** Where the build writes its pages. */
  output: string;
  env: Record<string, string>;
  articles: number;
  /** What failed, for the message. */
  what: string;
}

/** Runs one Astro build as a process of its own and measures it: wall time, peak memory, output. */
function timeBuild({ cwd, command, output, env, articles, what }: BuildRun): Measurement {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-run-'));
  const peakFile = path.join(work, 'peak-memory');
  const started = performance.now();
  const build = spawnSync(process.execPath, ['--import', peakMemoryHook, ...command, '--outDir', output], {
    cwd,
    env: { ...process.env, ...env, BENCH_PEAK_MEMORY_FILE: peakFile, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`build of ${what} failed:\n${build.stdout}\n${build.stderr}`);

  const files = filesBelow(output);
  const pages = files.filter((file) => file.endsWith('.html'));
  const result: Measurement = {
    articles,
    pages: pages.length,
    seconds,
    msPerArticle: (seconds * 1000) / articles,
    peakMemory: Number(readFileSync(peakFile, 'utf8')),
    outputBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    largestPage: Math.max(...pages.map((file) => statSync(file).size)),
    steps: build.stdout
      .split('\n')
      .filter((line) => STEP_LINE.test(line))
      .map((line) => line.replace(/^[\d:]+ /, '')),
  };
  rmSync(work, { recursive: true, force: true });
  return result;
}

/** A cold build of a content folder or repository as it is, with what it costs. */
function measureBuild(content: string, articles: number): Measurement {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
  // Cold: no content cache from an earlier build of the same folder; and none left behind, the
  // caches of its steps in parts too.
  rmSync(cacheDirFor(content, root), { recursive: true, force: true });
  const cacheRoot = path.dirname(cacheDirFor(content, root));
  const cachesBefore = new Set(existsSync(cacheRoot) ? readdirSync(cacheRoot) : []);
  try {
    return timeBuild({
      cwd: root,
      command: [buildCommand],
      output: path.join(work, 'dist'),
      env: { CONTENT_DIR: content, CONTENT_STRICT: '0' },
      articles,
      what: content,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
    for (const name of readdirSync(cacheRoot)) {
      if (!cachesBefore.has(name)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
    }
  }
}

/** A cold build of a prepared Starlight project, as it is. */
function measureStarlight(project: string, articles: number): Measurement {
  const output = path.join(project, 'dist');
  rmSync(path.join(project, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  return timeBuild({
    cwd: project,
    command: [path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    output,
    env: {},
    articles,
    what: `Starlight in ${project}`,
  });
}

/**
 * Cold builds of the copy set cut to `count` articles (each top-level article as often as that
 * takes, each copy its own page), written once and built `runs` times: the median run, with the
 * time of each.
 */
function measureCopySet(articles: readonly string[], count: number): MedianMeasurement {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-copies-'));
  try {
    const written = writeCopySet(corpus, articles, work, Math.ceil(count / articles.length), count);
    return medianOf(() => measureBuild(work, written));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Shared machines vary from run to run: each size is built several times and the median run kept. */
const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

if (!existsSync(corpus)) {
  console.error(`No article collection at ${corpus}: set CORPUS_DIR to a folder of Markdown articles.`);
  process.exit(1);
}
// The top-level articles: each size is a flat folder of the first N of them.
const all = takeInventory(corpus, undefined).articles.filter((file) => !file.includes('/'));
const sizes = [...new Set([1, 100, 1000, all.length].filter((size) => size <= all.length))];
const header = [
  'articles',
  'pages',
  'wall s',
  'ms/article',
  'ms per added article',
  'peak memory',
  'output',
  'largest page',
];
const rows: string[][] = [];
console.log(
  `Benchmark: ${all.length} articles in ${corpus}; ${availableParallelism()} cores, Node ${process.version}, median of ${runs} run(s)`,
);
/** The run of median wall time. */
function median(results: readonly Measurement[]): Measurement {
  return [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)]!;
}
/** The median run, with the wall time of every run it was taken from, in the order they ran. */
type MedianMeasurement = Measurement & { runSeconds: number[] };
function medianOf(run: () => Measurement): MedianMeasurement {
  const results = Array.from({ length: runs }, run);
  return { ...median(results), runSeconds: results.map((m) => m.seconds) };
}

let previous: Measurement | undefined;
const curve: Measurement[] = [];
/** Adds a build to the table, the curve and the console, with the cost of each article beyond the previous row's. */
function record(m: Measurement, label = String(m.articles)): void {
  // Flat when no step grows with the collection.
  const added = previous ? ((m.seconds - previous.seconds) * 1000) / (m.articles - previous.articles) : undefined;
  previous = m;
  curve.push(m);
  const row = [
    label,
    String(m.pages),
    m.seconds.toFixed(1),
    m.msPerArticle.toFixed(1),
    added === undefined ? '–' : added.toFixed(1),
    mb(m.peakMemory),
    mb(m.outputBytes),
    `${(m.largestPage / 1000).toFixed(1)} kB`,
  ];
  rows.push(row);
  console.log(header.map((name, index) => `${name}: ${row[index]}`).join(', '));
}
for (const size of sizes) record(medianOf(() => measure(all.slice(0, size))));

// Past the collection: the copy set, at 10,000, 28,150 (ten copies) and 98,525 articles (35
// copies), built as `npm run build` builds them: in parts past PART_SIZE. The median of as many
// runs as the collection's sizes: one run of this machine can take a fifth longer or shorter than
// the next, which is wider than the margin of a budget.
const stepSections: string[] = [];
const copySizes = (process.env['BENCH_COPY_SIZES'] ?? '10000,28150,98525').split(',').map(Number).filter(Boolean);
for (const size of copySizes) {
  const m = measureCopySet(all, size);
  record(m, `${m.articles} (copies)`);
  const each = m.runSeconds.map((seconds) => `${seconds.toFixed(1)} s`).join(', ');
  console.log(`  runs: ${each}`);
  for (const step of m.steps) console.log(`  ${step}`);
  stepSections.push(
    `The ${m.articles} (copies) build: runs of ${each}; the median run, step by step (its log):\n\n${m.steps.map((step) => `- ${step}`).join('\n')}\n`,
  );
}

// Whole localized repositories, built from their roots: publish config, docfx.json, TOC, includes,
// redirections; Dynamics 365 with the document errors of a large real repository, one run (a run
// takes a minute and more).
const repositories = [
  { name: 'ProjectOperations', env: 'PROJECT_OPERATIONS_DIR', runs },
  { name: 'Dynamics365Operations', env: 'DYNAMICS365_OPERATIONS_DIR', runs: 1 },
];
const repositoryRows: string[] = [];
for (const { name, env, runs: times } of repositories) {
  const repository = path.resolve(root, process.env[env] ?? `../shared/corpus/lv-LV/${name}`);
  if (!existsSync(repository)) continue;
  const source = resolveContentSource(repository);
  const articles = takeInventory(source.folder, source.docfx).articles.length;
  const m = median(Array.from({ length: times }, () => measureBuild(repository, articles)));
  const row = `| ${name} | ${m.articles} | ${m.pages} | ${m.seconds.toFixed(1)} | ${m.msPerArticle.toFixed(1)} | ${mb(m.peakMemory)} | ${mb(m.outputBytes)} | ${(m.largestPage / 1000).toFixed(1)} kB | ${times === 1 ? 'one run' : `median of ${times}`} |`;
  repositoryRows.push(row);
  console.log(`${name} repository: ${row}`);
}

// Starlight on the same articles, side by side, when a prepared Starlight project is given
// (STARLIGHT_DIR: see docs/performance.md; it is not part of this project).
const starlightDir = process.env['STARLIGHT_DIR'] && path.resolve(process.env['STARLIGHT_DIR']);
let starlightSection = '';
let starlightPoint: Measurement | undefined;
if (starlightDir) {
  const docs = path.join(starlightDir, 'src', 'content', 'docs');
  const names = readdirSync(docs).filter((name) => /\.mdx?$/i.test(name) && existsSync(path.join(corpus, name)));
  const version = (
    JSON.parse(
      readFileSync(path.join(starlightDir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const ours: Measurement[] = [];
  const theirs: Measurement[] = [];
  // Alternating, so both meet the machine in the same moods.
  for (let run = 0; run < runs; run++) {
    ours.push(measure(names));
    theirs.push(measureStarlight(starlightDir, names.length));
  }
  const [us, them] = [median(ours), median(theirs)];
  starlightPoint = them;
  const row = (name: string, m: Measurement) =>
    `| ${name} | ${m.articles} | ${m.pages} | ${m.seconds.toFixed(1)} | ${mb(m.peakMemory)} | ${mb(m.outputBytes)} |`;
  starlightSection = `Against Starlight ${version} on the same ${names.length} articles (both with Pagefind search), built
alternately, median of ${runs}; each run: ${ours.map((m, i) => `ours ${m.seconds.toFixed(1)} s, Starlight ${theirs[i]!.seconds.toFixed(1)} s`).join('; ')}:

| site | articles | pages | wall s | peak memory | output |
| --- | --- | --- | --- | --- | --- |
${row('this project', us)}
${row(`Starlight ${version}`, them)}

Our time is ${(us.seconds / them.seconds).toFixed(2)}× Starlight's.

`;
  console.log(starlightSection);
}

const chartFile = path.join(root, 'docs', 'benchmark.svg');
writeFileSync(
  chartFile,
  scaleChart(
    curve.map((m) => ({ articles: m.articles, seconds: m.seconds, peakMemory: m.peakMemory })),
    starlightPoint && { label: `Starlight`, points: [starlightPoint] },
  ),
);

const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const report = `# Build benchmark

\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}: cold builds (median of ${runs}) of the first N articles of the Latvian
collection (sorted by file name), on ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}),
${(totalmem() / 2 ** 30).toFixed(0)} GiB of memory, Node ${process.version}. Output is the sum of the file sizes
in the build folder; largest page is the biggest HTML file. Peak memory is the build's own with
that of the processes it starts added while they run: its check and render helpers and Pagefind's
indexer. "ms per added article" is the extra
time per article over the previous row: the fixed start-up (about 3 s) dominates small builds.
The rows marked "(copies)" are the copy set: each top-level article up to ten times (35 for 98,525), each copy
with its own file name and title, written once and built ${runs} times like the rest.

${table}

![Seconds and peak memory against articles](benchmark.svg)

${stepSections.join('\n')}
${
  repositoryRows.length > 0
    ? `Whole repositories, built from their roots (doc set, TOC, includes and redirections; Dynamics 365 with
its document errors, published as they are):

| repository | articles | pages | wall s | ms/article | peak memory | output | largest page | runs |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${repositoryRows.join('\n')}

`
    : ''
}${starlightSection}Budgets on this kind of machine: the whole collection at most 20 s, 1.2 GB peak memory and 30 MB of
output, with the cost per article flat from 100 articles up; the Dynamics 365 repository at most 90 s
and 2.5 GB for the build and all its processes.
`;
mkdirSync(path.dirname(reportFile), { recursive: true });
writeFileSync(reportFile, report);
console.log(`\n${table}\n\nWritten to ${path.relative(root, reportFile)}`);
