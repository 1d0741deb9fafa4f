import { readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../../src/articles/slug';
import { takeInventory } from '../../src/docset/inventory';
import { resolveContentSource } from '../../src/docset/source';
import { reportFiles } from '../../src/logging/build-report';
import type { Diagnostic } from '../../src/findings/finding';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { dynamics365OperationsAvailable, dynamics365OperationsDir } from '../support/corpus';
import { crawlSite, htmlPages } from '../support/site-crawl';
import { chromiumPath, PHONE, useBrowserSite, WIDE } from '../support/browser';
import { showFirst, takeShots } from '../support/screenshots';

if (!dynamics365OperationsAvailable && process.env['CI'] === 'true') {
  throw new Error(`No Dynamics 365 repository at ${dynamics365OperationsDir}: CI builds it from ../shared.`);
}

/**
 * The large real repository, with the document errors every large repository carries, built
 * from its root as a user would: it is published as it is, every time.
 */
describe.skipIf(!dynamics365OperationsAvailable)('the localized Dynamics 365 repository, built from its root', () => {
  const source = dynamics365OperationsAvailable ? resolveContentSource(dynamics365OperationsDir) : undefined;
  const articles = source ? takeInventory(source.folder, source.docfx).articles : [];
  let build: BuildResult;
  let pages: Set<string>;
  let findings: Diagnostic[];
  beforeAll(() => {
    build = buildSite({ env: { CONTENT_DIR: dynamics365OperationsDir } });
    pages = new Set(htmlPages(build.outDir));
    const report = JSON.parse(readFileSync(reportFiles(build.outDir).json, 'utf8')) as { diagnostics: Diagnostic[] };
    findings = report.diagnostics;
  }, 600_000);
  afterAll(() => {
    rmSync(build.outDir, { recursive: true, force: true });
    for (const file of Object.values(reportFiles(build.outDir))) rmSync(file, { force: true });
  });

  it('publishes with its document errors, as Microsoft Learn does: exit 0, no stack trace, a short log', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // No line per article from a dependency (Sätteri's notices of dropped transforms were 220 lines).
    expect(build.output).not.toMatch(/satteri:/);
    expect(build.output.trim().split('\n').length).toBeLessThanOrEqual(80);
  });

  it('hands Astro no image to import: this checkout has no image files, and each image is a stand-in', () => {
    const assets = readFileSync(path.join(projectRoot, '.astro', 'content-assets.mjs'), 'utf8');
    expect(assets).not.toMatch(/import/);
  });

  it('publishes all 2,877 articles at addresses that mirror their paths', () => {
    expect(articles).toHaveLength(2877);
    const missing = articles.filter((file) => !pages.has(`${routeOf(file)}/index.html`));
    expect(missing).toEqual([]);
  });

  it('says each problem with a code at its file, and none stops the build', () => {
    expect(findings.length).toBeGreaterThan(5000);
    expect(findings.every((finding) => finding.code !== undefined && finding.file !== '')).toBe(true);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // The three that stopped the build before: a redirection of a text file and two list-valued dates.
    expect(findings.filter((finding) => finding.code === 'metadata-type').map((finding) => finding.key)).toEqual([
      'ms.search.validFrom',
      'ms.search.validFrom',
    ]);
    expect(findings.some((finding) => finding.code === 'redirect-source' && finding.message.includes('list.txt'))).toBe(
      true,
    );
  });

  it('reads "~/" as the doc set root: the cc-data-platform banner is included', () => {
    const missing = findings.filter((finding) => finding.code === 'include-missing');
    expect(missing.some((finding) => finding.message.includes('cc-data-platform-banner'))).toBe(false);
    expect(missing.length).toBeGreaterThan(300);
  });

  it('has no broken internal link, and every fragment it cannot resolve is a reported finding', () => {
    const { problems } = crawlSite(build.outDir, { base: '/' });
    const reported = new Set(
      findings
        .filter((finding) => finding.code === 'link-fragment')
        .map((finding) => /link to "([^"]+)"/.exec(finding.message)?.[1]),
    );
    const unreported = problems.filter((problem) => {
      const fragment = /<a …="([^"]+)">: no id/.exec(problem)?.[1];
      return fragment === undefined || !reported.has(fragment);
    });
    expect(unreported).toEqual([]);
    // Defects of the content itself (a link to "#section", which no page has), not of the build.
    expect(problems.length).toBeLessThanOrEqual(10);
  });

  it('shows beside each article in its TOC the part of the tree near it, at most 8 KB brotli', () => {
    const sizes: number[] = [];
    for (const file of pages) {
      const html = readFileSync(path.join(build.outDir, file), 'utf8');
      const start = html.indexOf('<details class="doc-nav">');
      if (start === -1) continue;
      const tree = html.slice(start, html.indexOf('</nav></details>', start));
      expect(tree, file).toContain('aria-current="page"');
      sizes.push(brotliCompressSync(tree).byteLength);
    }
    sizes.sort((a, b) => a - b);
    console.info(`${sizes.length} trees: median ${sizes[sizes.length >> 1]} B, largest ${sizes.at(-1)} B brotli`);
    expect(sizes.length).toBeGreaterThan(2_500);
    expect(sizes.at(-1)).toBeLessThanOrEqual(8_192);
  }, 300_000);

  it('keeps a page at the old address of at least 95 % of its article redirections', () => {
    const text = readFileSync(path.join(dynamics365OperationsDir, '.openpublishing.redirection.json'), 'utf8');
    const { redirections } = JSON.parse(text) as { redirections: { source_path: string }[] };
    const ofArticles = redirections
      .map((redirection) => redirection.source_path)
      .filter((from) => from.startsWith('articles/') && from.endsWith('.md'));
    const kept = ofArticles.filter((from) => pages.has(`${routeOf(from.slice('articles/'.length))}/index.html`));
    expect(ofArticles.length).toBeGreaterThan(3800);
    expect(kept.length / ofArticles.length).toBeGreaterThanOrEqual(0.95);
  });

  // An article as its readers see it: the tree beside it, its contents in the rail, its missing
  // screenshots (this checkout has no English images) marked where they would be.
  describe.skipIf(!chromiumPath)('screenshots', () => {
    const site = useBrowserSite(() => build.outDir);
    const article = '/finance/general-ledger/sales-tax-calculation-on-general-journal/';
    takeShots(site, [
      {
        name: 'large-repository-wide',
        path: article,
        view: WIDE,
        docs: 'large-repository-wide.png',
        ready: showFirst('.image-missing'),
        firstScreen: true,
      },
      {
        name: 'large-repository-phone',
        path: article,
        view: PHONE,
        docs: 'large-repository-phone.png',
        ready: showFirst('.image-missing'),
        firstScreen: true,
      },
    ]);
  });
});
