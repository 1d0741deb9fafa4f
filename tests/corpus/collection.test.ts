import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/articles/files';
import { findSlugCollisions, slugFromFileName } from '../../src/articles/slug';
import { checkArticleSource } from '../../src/checks/article';
import { formatDiagnostic, type Diagnostic } from '../../src/checks/diagnostics';
import type { ArticleFrontmatter } from '../../src/schemas/frontmatter';
import { buildSite, type BuildResult } from '../support/build';
import { corpusAvailable, corpusDir } from '../support/corpus';
import { htmlPages } from '../support/site-crawl';
import { htmlProblems } from '../support/validate-html';

describe.skipIf(!corpusAvailable)('the real collection of Latvian articles', () => {
  const files = corpusAvailable ? listArticleFiles(corpusDir) : [];
  const checked = files.map((name) => ({
    name,
    ...checkArticleSource(name, readFileSync(path.join(corpusDir, name), 'utf8'), { strict: false }),
  }));
  const findings = checked.flatMap((article) => article.diagnostics);
  const withMessage = (start: string) => findings.filter((finding) => finding.message.startsWith(start));

  it('has 2,815 articles, every one of which the schema accepts', () => {
    expect(files).toHaveLength(2815);
    const errors = findings.filter((finding) => finding.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(checked.filter((article) => article.data === undefined).map((article) => article.name)).toEqual([]);
  });

  it('takes the frontmatter as it really is: ms.date often missing, HT beside MT, ms.custom in every shape', () => {
    const data = checked.map((article) => article.data as ArticleFrontmatter);
    const withoutDate = data.filter((article) => article.date === undefined).length / data.length;
    expect(withoutDate).toBeGreaterThan(0.4);
    expect(withoutDate).toBeLessThan(0.44);
    expect(new Set(data.map((article) => article.translationType))).toEqual(new Set(['MT', 'HT']));
    expect(data.every((article) => Array.isArray(article.custom) && article.lastHandoff instanceof Date)).toBe(true);
  });

  it('reports the 111 links that lost their text as warnings with file and line', () => {
    const emptyLinks = withMessage('link to ');
    expect(emptyLinks).toHaveLength(111);
    expect(emptyLinks.every((finding: Diagnostic) => finding.severity === 'warning' && finding.line! > 0)).toBe(true);
  });

  it('names misspelt keys with a suggestion', () => {
    const unknown = findings.filter((finding) => finding.message.startsWith('unknown key'));
    const suggestions = new Map(unknown.map((finding) => [finding.key, finding.message]));
    expect(suggestions.get('ms.reviwer')).toBe('unknown key; did you mean "ms.reviewer"?');
    expect(suggestions.get('ms-custom')).toBe('unknown key; did you mean "ms.custom"?');
    expect(suggestions.get('ms,.custom')).toBe('unknown key; did you mean "ms.custom"?');
  });

  it('gives every article a clean, unique address', () => {
    expect(findSlugCollisions(files)).toEqual([]);
    for (const name of files) expect(slugFromFileName(name), name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  describe('built as a site', () => {
    let build: BuildResult;
    let pages: string[];
    beforeAll(() => {
      build = buildSite({ env: { CONTENT_DIR: corpusDir } });
      if (build.status !== 0) throw new Error(build.output);
      pages = htmlPages(build.outDir);
    }, 300_000);
    afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

    it('renders a page for every article, and an index of at most 100 per page', () => {
      const articlePages = pages.filter((page) => /^[a-z0-9-]+\/index\.html$/.test(page) && !page.startsWith('lapa/'));
      expect(articlePages).toHaveLength(2815);
      expect(new Set(articlePages.map((page) => page.split('/')[0]))).toEqual(new Set(files.map(slugFromFileName)));
      const indexPages = pages.filter((page) => page === 'index.html' || page.startsWith('lapa/'));
      expect(indexPages).toHaveLength(29);
    });

    it('publishes the pages as valid HTML', async () => {
      expect(await htmlProblems(build.outDir, pages)).toEqual([]);
    }, 300_000);
  });
});
