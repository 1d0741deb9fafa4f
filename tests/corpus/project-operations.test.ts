import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../../src/articles/slug';
import { takeInventory } from '../../src/docset/inventory';
import { resolveContentSource } from '../../src/docset/source';
import { parseToc, walkToc } from '../../src/docset/toc';
import { buildSite, type BuildResult } from '../support/build';
import { projectOperationsAvailable, projectOperationsDir, projectOperationsEnglishDir } from '../support/corpus';
import { readPage } from '../support/html';
import { crawlSite, htmlPages } from '../support/site-crawl';
import { htmlProblems } from '../support/validate-html';

describe.skipIf(!projectOperationsAvailable)(
  'the localized ProjectOperations repository, built from its root with its English images',
  () => {
    const source = projectOperationsAvailable ? resolveContentSource(projectOperationsDir) : undefined;
    const articles = source ? takeInventory(source.folder, source.docfx).articles : [];
    let build: BuildResult;
    let pages: string[];
    beforeAll(() => {
      build = buildSite({
        env: { CONTENT_DIR: projectOperationsDir, CONTENT_FALLBACK_DIR: projectOperationsEnglishDir },
      });
      if (build.status !== 0) throw new Error(build.output);
      pages = htmlPages(build.outDir);
    }, 300_000);
    afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

    it('publishes all 120 articles of its doc set folder at addresses that mirror their paths', () => {
      expect(source?.folder).toBe(path.join(projectOperationsDir, 'articles'));
      expect(articles).toHaveLength(120);
      for (const file of articles) {
        const route = routeOf(file);
        expect(pages, file).toContain(route === '' ? 'index.html' : `${route}/index.html`);
      }
    });

    it('has no broken internal link or fragment', () => {
      expect(crawlSite(build.outDir, { base: '/' }).problems).toEqual([]);
    });

    it('reaches from its TOC page every article its TOC.yml names', () => {
      const { items } = parseToc('TOC.yml', readFileSync(path.join(source!.folder, 'TOC.yml'), 'utf8'));
      const named = new Set<string>();
      walkToc(items, (node) => {
        const href = node.href?.replace(/[?#].*$/, '');
        if (href && articles.includes(href)) named.add(`/${routeOf(href)}/`.replace('//', '/'));
      });
      const toc = readPage(build.outDir, 'satura-raditajs/index.html').document;
      const linked = new Set(toc.querySelectorAll('main a').map((a) => a.getAttribute('href')));
      expect(named.size).toBeGreaterThan(100);
      expect([...named].filter((href) => !linked.has(href))).toEqual([]);
    });

    it('keeps a page at each of its 5 old addresses, and a _redirects line for each', () => {
      const lines = readFileSync(path.join(build.outDir, '_redirects'), 'utf8').trim().split('\n').slice(1);
      expect(lines).toHaveLength(5);
      for (const line of lines) {
        const [from, to] = line.split(' ');
        const moved = readPage(build.outDir, `${from!.slice(1)}index.html`).document;
        expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
        expect(pages).toContain(`${to!.slice(1)}index.html`);
      }
    });

    it('shows no machine-translation notice on its human-translated articles', () => {
      const notices = pages.filter((file) =>
        readFileSync(path.join(build.outDir, file), 'utf8').includes('mašīntulkots'),
      );
      expect(notices).toEqual([]);
    });

    it('credits its own repository, licence and name, not another collection', () => {
      const home = readPage(build.outDir, 'index.html').document;
      expect(home.querySelector('.site-name')?.text).toBe('Dynamics 365 Project Operations');
      expect(home.querySelector('.site-footer a')?.getAttribute('href')).toBe(
        'https://github.com/MicrosoftDocs/dynamics-365-project-operations-pr.lv-LV',
      );
      expect(home.querySelector('.site-footer')?.text).toContain('CC BY 4.0');
      expect(home.toString()).not.toMatch(/Alchemy/);
    });

    it('gives every image its width and height, and serves its screenshots as WebP in under half their bytes', () => {
      const size = (file: string) => statSync(path.join(build.outDir, file)).size;
      // Each converted image is named after its original ("1EnvironmentDetails.<hash>.webp"), which
      // the site publishes too, as the full-size view.
      const originals = new Map<string, string[]>();
      for (const file of readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })) {
        const match = /(?:^|\/)([^/]+)\.(?:png|jpe?g|gif)$/i.exec(file);
        if (match && !file.startsWith('_astro/')) originals.set(match[1]!, [...(originals.get(match[1]!) ?? []), file]);
      }
      let before = 0;
      let after = 0;
      let images = 0;
      for (const page of pages) {
        const sources = new Set<string>();
        for (const image of readPage(build.outDir, page).document.querySelectorAll('img')) {
          images += 1;
          expect(Number(image.getAttribute('width')), `${page}: ${image.toString()}`).toBeGreaterThan(0);
          expect(Number(image.getAttribute('height')), `${page}: ${image.toString()}`).toBeGreaterThan(0);
          sources.add(decodeURI(image.getAttribute('src') ?? ''));
        }
        for (const source of sources) {
          const name = /^\/_astro\/(.+)\.[^./]+\.webp$/.exec(source)?.[1];
          expect(name, `${page}: ${source} is not served converted`).toBeDefined();
          const original = originals.get(name!) ?? [];
          expect(original, `${page}: the original of ${source}`).toHaveLength(1);
          before += size(original[0]!);
          after += size(source.slice(1));
        }
      }
      expect(images).toBe(120);
      console.log(`image bytes of the pages: ${before} B as published originals, ${after} B converted`);
      expect(after).toBeLessThanOrEqual(before / 2);
    });

    it('publishes valid HTML', async () => {
      expect(await htmlProblems(build.outDir, pages)).toEqual([]);
    }, 300_000);
  },
);
