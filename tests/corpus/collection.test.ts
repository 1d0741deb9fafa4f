import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRouteCollisions, routeOf } from '../../src/articles/slug';
import { checkArticleSource } from '../../src/checks/article';
import { formatDiagnostic, judge } from '../../src/findings/finding.ts';
import { metadataFor } from '../../src/docset/docfx-config';
import { takeInventory } from '../../src/docset/inventory';
import { resolveContentSource } from '../../src/docset/source';
import { buildSite, type BuildResult } from '../support/build';
import { corpusAvailable, corpusDir } from '../support/corpus';
import { navigationCost } from '../support/navigation-cost';
import { htmlPages } from '../support/site-crawl';
import { reportFiles, type BuildReport } from '../../src/logging/build-report';
import { htmlProblems } from '../support/validate-html';

describe.skipIf(!corpusAvailable)('the real collection of Latvian articles', () => {
  const docfx = corpusAvailable ? resolveContentSource(corpusDir).docfx : undefined;
  const files = corpusAvailable ? takeInventory(corpusDir, docfx).articles : [];
  const checked = files.map((name) => ({
    name,
    ...checkArticleSource(name, readFileSync(path.join(corpusDir, name), 'utf8'), {
      strict: false,
      docSetFile: name,
      metadata: docfx && metadataFor(docfx, name),
    }),
  }));
  const findings = checked.flatMap((article) => article.diagnostics.map((finding) => judge(finding, false)));

  it('has 3,010 articles by its docfx.json (2,815 at the top, 195 commercial dialogues), every one accepted', () => {
    expect(files).toHaveLength(3010);
    expect(files.filter((file) => file.startsWith('commercial-dialogues/'))).toHaveLength(195);
    const errors = findings.filter((finding) => finding.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(checked.filter((article) => article.frontmatter === undefined).map((article) => article.name)).toEqual([]);
  });

  it('takes the frontmatter as it really is: ms.date often missing, HT beside MT, ms.custom in every shape', () => {
    const data = checked.map((article) => article.frontmatter!.data);
    const withoutDate = data.filter((article) => article.date === undefined).length / data.length;
    expect(withoutDate).toBeGreaterThan(0.4);
    expect(withoutDate).toBeLessThan(0.44);
    expect(new Set(data.map((article) => article.translationType))).toEqual(new Set(['MT', 'HT']));
    expect(data.every((article) => Array.isArray(article.custom) && article.lastHandoff instanceof Date)).toBe(true);
  });

  it('reports the 114 links that lost their text (111 at the top, 3 in commercial dialogues) as warnings with file and line', () => {
    const emptyLinks = findings.filter((finding) => finding.code === 'link-empty');
    expect(emptyLinks).toHaveLength(114);
    expect(emptyLinks.every((finding) => finding.severity === 'warning' && finding.line! > 0)).toBe(true);
  });

  it('names misspelt keys with a suggestion', () => {
    const unknown = findings.filter((finding) => finding.message.startsWith('unknown key'));
    const suggestions = new Map(unknown.map((finding) => [finding.key, finding.message]));
    expect(suggestions.get('ms.reviwer')).toBe('unknown key; did you mean "ms.reviewer"?');
    expect(suggestions.get('ms-custom')).toBe('unknown key; did you mean "ms.custom"?');
    expect(suggestions.get('ms,.custom')).toBe('unknown key; did you mean "ms.custom"?');
  });

  it('gives every article a clean, unique address', () => {
    expect(findRouteCollisions(files)).toEqual([]);
    for (const name of files) expect(routeOf(name), name).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/?)*$/);
  });

  describe('built as a site', () => {
    let build: BuildResult;
    let pages: string[];
    beforeAll(() => {
      build = buildSite({ env: { CONTENT_DIR: corpusDir } });
      if (build.status !== 0) throw new Error(build.output);
      pages = htmlPages(build.outDir);
    }, 300_000);
    afterAll(() => {
      rmSync(build.outDir, { recursive: true, force: true });
      for (const file of Object.values(reportFiles(build.outDir))) rmSync(file, { force: true });
    });

    it('says so in at most 80 lines: warnings by code, pages counted, every finding in a report beside the output', () => {
      const lines = build.output.trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(80);
      expect(build.output).not.toMatch(/[├└]─/);
      expect(build.output).toMatch(/^\s+3000 page\(s\) written$/m);
      expect(build.output).toMatch(/114 × link-empty: a link without words/);
      const report: BuildReport = JSON.parse(readFileSync(reportFiles(build.outDir).json, 'utf8'));
      const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
      expect(report.articles).toBe(files.length);
      expect(warnings.length).toBeGreaterThan(150);
      expect(build.output).toContain(`${files.length} article(s) → ${report.pages} page(s)`);
      expect(build.output).toContain(`${warnings.length} warning(s) (`);
      expect(readFileSync(reportFiles(build.outDir).text, 'utf8').trim().split('\n')).toHaveLength(
        report.diagnostics.length + 1,
      );
    });

    it('renders a page for every article, its index.md as the landing page, and an A–Z list of 100 a page', () => {
      const listPages = pages.filter((page) => page.startsWith('raksti/'));
      const sitePages = [...listPages, 'satura-raditajs/index.html', 'meklet/index.html'];
      const articlePages = pages.filter((page) => page.endsWith('/index.html') && !sitePages.includes(page));
      expect(new Set(articlePages.map((page) => page.replace(/\/index\.html$/, '')))).toEqual(
        new Set(files.map(routeOf).filter((route) => route !== '')),
      );
      expect(pages).toContain('index.html');
      expect(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toContain(
        '<title>Alchemy Ieskati home</title>',
      );
      expect(listPages).toHaveLength(Math.ceil(files.length / 100));
    });

    it('adds at most 1 KB brotli of navigation to any of its 3,010 article pages', () => {
      const costs = pages
        .map((page) => readFileSync(path.join(build.outDir, page), 'utf8'))
        .filter((html) => html.includes('class="article-body"'))
        .map((html) => navigationCost(html).cost);
      expect(costs).toHaveLength(files.length);
      expect(Math.max(...costs)).toBeLessThanOrEqual(1024);
    }, 120_000);

    it('gives each of its 118 images a width and height, inline icons too, and serves its screenshots as WebP', () => {
      const images = pages.flatMap((page) =>
        [...readFileSync(path.join(build.outDir, page), 'utf8').matchAll(/<img [^>]*>/g)].map(([tag]) => ({
          page,
          tag,
        })),
      );
      expect(images).toHaveLength(118);
      expect(images.filter(({ tag }) => !/ width="\d+" height="\d+"/.test(tag))).toEqual([]);
      const files = images.filter(({ tag }) => !tag.includes('src="data:'));
      expect(files.filter(({ tag }) => !/ src="\/_astro\/[^"]+\.webp"/.test(tag))).toEqual([]);
    });

    it('publishes the pages as valid HTML', async () => {
      expect(await htmlProblems(build.outDir, pages)).toEqual([]);
    }, 300_000);
  });
});
