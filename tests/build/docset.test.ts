import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { readPage } from '../support/html';
import { navigationCost } from '../support/navigation-cost';
import { crawlSite, htmlPages } from '../support/site-crawl';
import { htmlProblems } from '../support/validate-html';
import { ARTICLE_TEXT_LINKS } from '../support/pages.ts';

/** A small repository written from the DocFX and Open Publishing references (tests/fixtures/docset). */
const repository = path.join(projectRoot, 'tests/fixtures/docset');
const BASE = '/palidziba/';

describe('a whole Docs repository, built from its root', () => {
  let build: BuildResult;
  let pages: string[];
  const page = (file: string) => readPage(build.outDir, file).document;
  beforeAll(() => {
    build = buildSite({ env: { CONTENT_DIR: repository }, args: ['--site', 'https://example.lv', '--base', BASE] });
    if (build.status !== 0) throw new Error(build.output);
    pages = htmlPages(build.outDir);
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('publishes the doc set its publish configuration names, at addresses that mirror its folders', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'sales/index.html',
        'sales/quotes/index.html',
        'guides/getting-started/index.html',
        'guides/no-frontmatter/index.html',
        'reference/overview/index.html',
        'reference/terms/index.html',
      ]),
    );
    expect(page('index.html').querySelector('h1')?.text).toBe('Contoso dokumentācija');
    expect(pages.some((file) => /readme|includes|banner/i.test(file))).toBe(false);
  });

  it('writes its pages from the content store file, not from a copy of it in the bundle', () => {
    // Astro's module of the store taken by ours (src/integrations/content-store.ts), and every
    // article still on its page.
    expect(build.output).toMatch(/\[content-store\] the pages read the store from .+data-store\.json/);
    expect(page('reference/terms/index.html').querySelector('article')?.text.length).toBeGreaterThan(100);
  });

  it('links each article to its original on Microsoft Learn for search engines, in both languages', () => {
    const alternates = page('sales/quotes/index.html')
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(alternates).toEqual([
      ['lv', 'https://example.lv/palidziba/sales/quotes/'],
      ['en', 'https://learn.microsoft.com/en-us/contoso/sales/quotes/'],
    ]);
  });

  it('says what it did with every file of the doc set', () => {
    expect(build.output).toContain(
      'repository tests/fixtures/docset/articles: 8 article(s), 1 media file(s), 3 TOC(s), 3 include(s); skipped: 2 excluded by docfx.json, 2 configuration;',
    );
  });

  it('puts included files in place, block and inline, nested, with their links resolved from their own folder', () => {
    const article = page('guides/getting-started/index.html').querySelector('article')!;
    expect(article.text).toContain('Šis teksts ir iekļauts no includes/banner.md.');
    expect(article.querySelector('a[href="/palidziba/sales/quotes/"]')?.text).toBe('piedāvājumus');
    expect(article.querySelector('.callout-note')?.text).toContain('Iekļauta piezīme no ligzdota faila.');
    expect(article.querySelectorAll('p').map((p) => p.text)).toContain('Produkts: Contoso Sales, versija 2.');
    expect(article.toString()).not.toMatch(/\[!INCLUDE|frontmatter, ko DocFX/i);
  });

  it('renders zones under their pivot titles, tabs, columns, a lightbox image, a next step and xrefs', () => {
    const article = page('guides/platforms/index.html').querySelector('article')!;
    expect(article.querySelectorAll('.zone-label strong').map((label) => label.text)).toEqual([
      'Windows datori',
      'Mac datori',
    ]);
    expect(article.querySelectorAll('.tabs .tab h2').map((heading) => heading.text)).toEqual(['Windows', 'macOS']);
    expect(article.querySelector('.tabs .callout-tip')?.text).toContain('Padoms cilnē.');
    expect(article.querySelectorAll('.row > .column')).toHaveLength(2);
    // The lightbox opens the original file; the page shows it converted, with its size.
    const lightbox = article.querySelector(`a[href="${BASE}sales/media/chart.png"] img`);
    expect(lightbox?.getAttribute('alt')).toBe('Diagramma');
    expect(lightbox?.getAttribute('src')).toMatch(new RegExp(`^${BASE}_astro/chart\\.[\\w-]+\\.webp$`));
    expect(lightbox?.getAttribute('class')).toBe('image-border');
    expect([lightbox?.getAttribute('width'), lightbox?.getAttribute('height')]).toEqual(['20', '20']);
    expect(existsSync(path.join(build.outDir, 'sales/media/chart.png'))).toBe(true);
    expect(article.querySelector('.nextstepaction a')?.getAttribute('href')).toBe(`${BASE}guides/getting-started/`);
    expect(article.text).toContain('Skatiet Contoso.Sales.Quote un klasi.');
    expect(build.output).toContain(
      'platforms.md:47: warning: cross-reference "Contoso.Sales.Quote" has no address here',
    );
  });

  it('shows code from files: a named snippet and a line range', () => {
    const html = readFileSync(path.join(build.outDir, 'reference/terms/index.html'), 'utf8');
    const blocks = [...html.matchAll(/<pre><code class="([^"]*)">([^<]*)<\/code><\/pre>/g)].map(([, lang, code]) => [
      lang,
      code!.trim(),
    ]);
    expect(blocks).toEqual([
      // Dedented by the snippet's common indentation, as DocFX shows it.
      ['language-csharp', 'static void Main()\n{\n    Console.WriteLine("Sveiki!");\n}'],
      ['language-csharp', 'using System;'],
    ]);
  });

  it('titles a page without frontmatter by its first heading, as DocFX does', () => {
    const document = page('guides/no-frontmatter/index.html');
    expect(document.querySelector('title')?.text).toBe('Lapa bez frontmatter');
    expect(document.querySelector('h1')?.text).toBe('Lapa bez frontmatter');
  });

  it('merges docfx.json metadata under each article, its own frontmatter first', () => {
    const quotes = page('sales/quotes/index.html');
    expect(quotes.querySelector('meta[name="ms.service"]')?.getAttribute('content')).toBe('contoso-sales');
    expect(quotes.querySelector('meta[name="ms.author"]')?.getAttribute('content')).toBe('contoso');
    expect(page('guides/getting-started/index.html').querySelector('meta[name="ms.service"]')).toBeNull();
  });

  it('resolves links across folders, drops DocFX queries, and sends missing articles to Learn', () => {
    const hrefs = (file: string) =>
      page(file)
        .querySelectorAll(ARTICLE_TEXT_LINKS)
        .map((a) => a.getAttribute('href'));
    expect(hrefs('index.html')).toEqual([`${BASE}sales/`, `${BASE}guides/getting-started/`]);
    expect(hrefs('sales/index.html')).toEqual([
      `${BASE}sales/quotes/#piedavajuma-rindas`,
      `${BASE}sales/quotes/`,
      `${BASE}guides/getting-started/`,
    ]);
    expect(hrefs('sales/quotes/index.html')).toContain('https://learn.microsoft.com/lv-lv/contoso/sales/quote-lines');
    expect(build.output).toContain(
      'tests/fixtures/docset/articles/sales/quotes.md:13: warning: link to a missing article: expected a file "sales/quote-lines.md" in the doc set; linked to Microsoft Learn',
    );
  });

  it('shows an image missing from a localized repository as its words, reported once', () => {
    const quotes = page('sales/quotes/index.html');
    expect(quotes.querySelectorAll('article img')).toHaveLength(0);
    expect(quotes.querySelector('article')?.text).toContain('Attēls, kas ir tikai angļu repozitorijā');
    expect(build.output.match(/only-in-english\.png/g)).toHaveLength(1);
    expect(existsSync(path.join(build.outDir, 'sales/media/chart.png'))).toBe(true);
  });

  it('builds the TOC page from TOC.yml, a nested toc.yml and a folder holding a toc.md', () => {
    const toc = page('satura-raditajs/index.html');
    const links = toc.querySelectorAll('main a').map((a) => [a.text, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Contoso dokumentācija', BASE],
      ['Pārdošana', `${BASE}sales/`],
      ['Pārdošanas pārskats', `${BASE}sales/`],
      ['Piedāvājumi', `${BASE}sales/quotes/`],
      ['Vecs raksts', `${BASE}sales/quotes/`],
      ['Darba sākšana', `${BASE}guides/getting-started/`],
      ['Lapa bez virsraksta atslēgas', `${BASE}guides/no-frontmatter/`],
      ['Uzziņu pārskats', `${BASE}reference/overview/`],
      ['Termini', `${BASE}reference/terms/`],
      ['Azure dokumentācija', 'https://learn.microsoft.com/lv-lv/azure/'],
    ]);
    expect(toc.querySelector('main')?.text).toContain('Ceļveži');
  });

  it('shows each article where it sits in the TOC, linking each level that has a page', () => {
    const crumbs = page('reference/terms/index.html').querySelectorAll('.breadcrumbs li');
    expect(crumbs.map((li) => [li.text, li.querySelector('a')?.getAttribute('href')])).toEqual([
      ['Uzziņas', undefined],
      ['Uzziņu pārskats', `${BASE}reference/overview/`],
    ]);
    expect(page('sales/quotes/index.html').querySelector('.breadcrumbs a')?.getAttribute('href')).toBe(`${BASE}sales/`);
  });

  it('links each article in the TOC to the pages before and after it, in reading order', () => {
    const sequence = (file: string) =>
      page(file)
        .querySelectorAll('nav.sequence a')
        .map((a) => [a.getAttribute('rel'), a.getAttribute('href')]);
    expect(sequence('sales/quotes/index.html')).toEqual([
      ['prev', `${BASE}sales/`],
      ['next', `${BASE}guides/getting-started/`],
    ]);
    expect(sequence('index.html')).toEqual([['next', `${BASE}sales/`]]);
    // Not in the TOC: no sequence, and the way home is through the A–Z list.
    expect(sequence('guides/platforms/index.html')).toEqual([]);
    expect(
      page('guides/platforms/index.html')
        .querySelectorAll('.breadcrumbs a')
        .map((a) => [a.text, a.getAttribute('href')]),
    ).toEqual([
      ['Sākumlapa', BASE],
      ['Visi raksti', `${BASE}raksti/`],
    ]);
  });

  it("lists an article's sections when it has two or more, each with a link named in Latvian", () => {
    const platforms = page('guides/platforms/index.html');
    expect(platforms.querySelectorAll('nav.contents a').map((a) => a.getAttribute('href'))).toEqual([
      '#tab-windows',
      '#tab-macos',
    ]);
    expect(platforms.querySelector('nav.contents')?.getAttribute('aria-labelledby')).toBe('saja:raksta');
    const link = platforms.querySelector('h2#tab-windows + a.heading-link');
    expect(link?.getAttribute('aria-labelledby')).toBe('saite:sadala tab-windows');
    expect(platforms.getElementById('saite:sadala')?.text).toBe('Saite uz sadaļu');
    // One section: no contents.
    expect(page('sales/quotes/index.html').querySelector('nav.contents')).toBeNull();
  });

  it('adds at most 1 KB brotli of navigation to any article page', () => {
    const articles = pages.filter((file) => page(file).querySelector('article .article-body'));
    expect(articles.length).toBeGreaterThan(5);
    for (const file of articles) {
      const { cost } = navigationCost(readPage(build.outDir, file).html);
      expect(cost, file).toBeGreaterThan(0);
      expect(cost, file).toBeLessThanOrEqual(1024);
    }
  });

  it('keeps a page at each moved address, and writes _redirects for the hosts that read it', () => {
    const moved = page('sales/old-quotes/index.html');
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=${BASE}sales/quotes/`,
    );
    expect(moved.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://example.lv${BASE}sales/quotes/`,
    );
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe(`${BASE}sales/quotes/`);
    expect(readFileSync(path.join(build.outDir, '_redirects'), 'utf8').split('\n').slice(1)).toEqual([
      `${BASE}guides/elsewhere/ https://learn.microsoft.com/lv-lv/azure/ 301`,
      `${BASE}guides/retired/ ${BASE}sales/ 301`,
      `${BASE}sales/old-quotes/ ${BASE}sales/quotes/ 301`,
      '',
    ]);
    expect(build.output).toContain(
      'tests/fixtures/docset/.openpublishing.redirection.json:6: warning: redirection from "articles/guides/nowhere.md" leads nowhere',
    );
  });

  it('credits the repository it was built from, and its licence', () => {
    const footer = page('index.html').querySelector('.site-footer');
    expect(footer?.querySelector('a')?.getAttribute('href')).toBe(
      'https://github.com/MicrosoftDocs/contoso-docs-pr.lv-LV',
    );
    expect(footer?.text).toContain('CC BY 4.0');
    expect(page('index.html').querySelector('.site-name')?.text).toBe('Contoso dokumentācija');
  });

  it('reports a link to a part of a page that does not exist, and has no other broken link, and valid HTML', async () => {
    expect(build.output).toContain(
      'tests/fixtures/docset/articles/guides/getting-started.md: warning: link to "/palidziba/sales/quotes/#nav-tadas-vietas": /palidziba/sales/quotes/ has no id "nav-tadas-vietas"',
    );
    expect(crawlSite(build.outDir, { base: BASE, origin: 'https://example.lv' }).problems).toEqual([
      'guides/getting-started/index.html: <a …="/palidziba/sales/quotes/#nav-tadas-vietas">: no id "nav-tadas-vietas" on sales/quotes/index.html',
    ]);
    expect(await htmlProblems(build.outDir, pages)).toEqual([]);
  });
});

describe('a localized repository beside a checkout of its source-language repository', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({
      env: { CONTENT_DIR: repository, CONTENT_FALLBACK_DIR: path.join(projectRoot, 'tests/fixtures/docset-english') },
    });
    if (build.status !== 0) throw new Error(build.output);
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('publishes the images only the source language has, and shows them', () => {
    const quotes = readPage(build.outDir, 'sales/quotes/index.html').document;
    const image = quotes.querySelector('article img[alt="Attēls, kas ir tikai angļu repozitorijā"]');
    // Served converted by Astro's image service, read from the English checkout; the file itself is published too.
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
    expect(existsSync(path.join(build.outDir, src))).toBe(true);
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['20', '20']);
    expect(existsSync(path.join(build.outDir, 'sales/media/only-in-english.png'))).toBe(true);
    // No finding names it (Astro's own lines of the images it encodes aside).
    expect(
      build.output.split('\n').filter((line) => line.includes('only-in-english.png') && !line.includes('▶')),
    ).toEqual([]);
    expect(build.output).toContain('1 media file(s) (and 2 from the source-language repository)');
  });
});
