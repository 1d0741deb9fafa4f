/**
 * `npm run bench`, search part: builds the collection and the 28,150-article copy set, and
 * measures their search in Chromium: the index on disk, the bytes a first query transfers
 * (brotli, as a host would send them), the time a query takes, and recall on the query table
 * with and without our stemming. Writes docs/search-benchmark.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { takeInventory } from '../../src/docset/inventory.ts';
import { resolveContentSource } from '../../src/docset/source.ts';
import { cacheDirFor } from '../../src/markdown/render-cache.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/bundle.ts';
import { formsToPreload, searchTerms } from '../../src/search/query.ts';
import { folderSize } from '../../src/utils/folders.ts';
import { findChromium, launchChromium, missingChromiumMessage } from '../support/chromium.ts';
import { pagefindSearch, RECALL_QUERIES } from '../support/search.ts';
import { startStaticServer } from '../support/static-server.ts';
import { readWordForms, type WordForms } from '../support/word-forms.ts';
import { writeCopySet } from './copy-set.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = path.resolve(root, process.env['CORPUS_DIR'] ?? '../shared/corpus/lv-LV/AlchemyInsights');
/** `npm run build`: Astro's build, then the search index. */
const buildCommand = path.join(root, 'src', 'commands', 'build.ts');
const reportFile = path.join(root, 'docs', 'search-benchmark.md');
const FIRST_QUERY = 'licenci pārsūtīt';

interface SiteFigures {
  name: string;
  articles: number;
  buildSeconds: number;
  indexBytes: number;
  indexFiles: number;
  firstQuery: { searchBytes: number; articleBytes: number; pageBytes: number; requests: number };
  coldMs: number[];
  warmMs: number[];
  recall: { query: string; holding: number; stemmed: number; plain: number; found: number }[];
}

function build(content: string): { output: string; seconds: number } {
  const output = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  rmSync(cacheDirFor(content, root), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [buildCommand, '--outDir', output], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, CONTENT_STRICT: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  rmSync(cacheDirFor(content, root), { recursive: true, force: true });
  return { output, seconds: (performance.now() - started) / 1000 };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

async function measureSite(name: string, content: string, articles: number, forms: WordForms): Promise<SiteFigures> {
  console.log(`${name}: building ${articles} articles…`);
  const { output, seconds } = build(content);
  const requested: string[] = [];
  const server = await startStaticServer(output, {
    headersFor: (urlPath) => {
      requested.push(urlPath);
      return {};
    },
  });
  const browser = await launchChromium(chromium);
  const brotli = (urlPath: string) => {
    const file = path.join(output, decodeURIComponent(urlPath).replace(/\/$/, '/index.html'));
    return brotliCompressSync(readFileSync(file)).byteLength;
  };
  try {
    // The first query of a reader who arrives with it in the address: everything the page fetches.
    const context = await browser.newContext();
    const page = await context.newPage();
    requested.length = 0;
    await page.goto(`${server.url}/meklet/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await page.waitForFunction(() => /atrast|nekas/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const fetched = [...new Set(requested.map((url) => url.split('?')[0]!))];
    const total = (urls: string[]) => urls.reduce((sum, url) => sum + brotli(url), 0);
    const searchFiles = fetched.filter((url) => url.startsWith(`/${SEARCH_INDEX_DIR}/`));
    const pageFiles = fetched.filter((url) => url.startsWith('/meklet/') || url.startsWith('/_astro/'));
    const firstQuery = {
      searchBytes: total(searchFiles),
      pageBytes: total(pageFiles),
      // The first ten results' articles, which their titles, dates and excerpts are read from.
      articleBytes: total(fetched.filter((url) => !searchFiles.includes(url) && !pageFiles.includes(url))),
      requests: fetched.length,
    };
    await context.close();

    const coldMs: number[] = [];
    const warmMs: number[] = [];
    const recall: SiteFigures['recall'] = [];
    for (const query of RECALL_QUERIES) {
      // Cold: a fresh page, so the query loads its own chunks; warm: the same query again.
      const fresh = await browser.newPage();
      await fresh.goto(`${server.url}/meklet/`);
      const stemmed = await pagefindSearch(fresh, searchTerms(query), formsToPreload(query));
      coldMs.push(stemmed.ms);
      warmMs.push((await pagefindSearch(fresh, searchTerms(query), formsToPreload(query))).ms);
      const plain = await pagefindSearch(fresh, query);
      await fresh.close();
      const holding = forms.articlesWith(query);
      const hits = (urls: string[]) => urls.filter((url) => holding.has(url)).length;
      recall.push({
        query,
        holding: holding.size,
        stemmed: share(hits(stemmed.urls), holding.size),
        plain: share(hits(plain.urls), holding.size),
        found: stemmed.urls.length,
      });
    }
    return {
      name,
      articles,
      buildSeconds: seconds,
      indexBytes: folderSize(path.join(output, SEARCH_INDEX_DIR)),
      indexFiles: readdirSync(path.join(output, SEARCH_INDEX_DIR), { recursive: true }).length,
      firstQuery,
      coldMs,
      warmMs,
      recall,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(output, { recursive: true, force: true });
  }
}

const chromium = findChromium() ?? '';
if (!chromium) {
  console.error(`Search benchmark: ${missingChromiumMessage()}`);
  process.exit(1);
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const sites: SiteFigures[] = [];
// The collection as its docfx.json publishes it: 3,010 articles.
const source = resolveContentSource(corpus);
const collection = takeInventory(source.folder, source.docfx).articles;
sites.push(await measureSite('collection', corpus, collection.length, readWordForms(source.folder, collection)));

// The copy set: every top-level article ten times.
const copies = Number(process.env['BENCH_COPIES'] ?? 10);
const topLevel = takeInventory(corpus, undefined).articles.filter((file) => !file.includes('/'));
const work = mkdtempSync(path.join(tmpdir(), 'bench-copy-set-'));
try {
  const count = writeCopySet(corpus, topLevel, work, copies);
  const files = takeInventory(work, undefined).articles;
  sites.push(await measureSite(`copy set (${copies}×)`, work, count, readWordForms(work, files)));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const siteTable = [
  '| site | articles | build s | index on disk | index files | first query: search files | first query: result articles | first query: the page | query ms, first (median) | query ms, again (median) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...sites.map(
    (site) =>
      `| ${site.name} | ${site.articles} | ${site.buildSeconds.toFixed(1)} | ${mb(site.indexBytes)} | ${site.indexFiles} | ${kb(site.firstQuery.searchBytes)} | ${kb(site.firstQuery.articleBytes)} | ${kb(site.firstQuery.pageBytes)} | ${median(site.coldMs).toFixed(0)} | ${median(site.warmMs).toFixed(0)} |`,
  ),
].join('\n');
const recallTable = [
  `| query | ${sites.map((site) => `${site.name}: articles holding a form | stemmed | as typed`).join(' | ')} |`,
  `| --- | ${sites.map(() => '--- | --- | ---').join(' | ')} |`,
  ...RECALL_QUERIES.map(
    (query, index) =>
      `| ${query} | ${sites
        .map((site) => {
          const row = site.recall[index]!;
          return `${row.holding} | ${pct(row.stemmed)} | ${pct(row.plain)}`;
        })
        .join(' | ')} |`,
  ),
  `| all | ${sites
    .map((site) => {
      const holding = site.recall.reduce((sum, row) => sum + row.holding, 0);
      const weighted = (key: 'stemmed' | 'plain') =>
        site.recall.reduce((sum, row) => sum + row[key] * row.holding, 0) / holding;
      return `${holding} | ${pct(weighted('stemmed'))} | ${pct(weighted('plain'))}`;
    })
    .join(' | ')} |`,
].join('\n');

const report = `# Search benchmark

\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}, in Chromium on this machine. "First query" is a reader arriving
at \`/meklet/?q=${FIRST_QUERY}\`: the search files (Pagefind's module, WebAssembly, metadata, the index chunks and
the first ten results' fragments), the first ten results' article pages (their titles, dates and excerpts are read
from them) and the search page itself (HTML, stylesheet, script), each file brotli-compressed as a host would send
it. Query time is from the query to the list of results, the excerpts aside: first in a fresh page (it loads its
chunks), then the same query again.

${siteTable}

Recall: of the articles whose text holds a form of the word (read from the sources), the share the search finds,
with the query stemmed as the search page does and as typed (Pagefind alone: prefixes, folded diacritics).

${recallTable}
`;
writeFileSync(reportFile, report);
console.log(`\n${siteTable}\n\n${recallTable}\n\nWritten to ${path.relative(root, reportFile)}`);
