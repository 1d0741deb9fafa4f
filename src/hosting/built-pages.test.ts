import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { builtPages } from './built-pages.ts';

const output = mkdtempSync(path.join(tmpdir(), 'built-pages-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

function page(file: string, html: string): void {
  mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
  writeFileSync(path.join(output, file), html);
}

const filler = '<p>Teksts, ko lasītājs lasa.</p>'.repeat(200);
page(
  'raksts/index.html',
  `<html lang="lv"><head><meta name="robots" content="noindex"></head><body><h2 id="soli">Soļi</h2><div data-pagefind-body>${filler}<a href="../cits/#p%C4%81rskats">x</a></div></body></html>`,
);
page('vecs/index.html', '<html><head><meta http-equiv="refresh" content="0; url=/raksts/"></head></html>');
page('index.html', `<html lang="lv"><body>${filler}</body></html>`);

it("keeps what later steps need of each page, in file order, at the page's address", () => {
  const pages = builtPages(output, '/palidziba');
  expect(pages.map(({ file, path }) => [file, path])).toEqual([
    ['index.html', '/palidziba/'],
    ['raksts/index.html', '/palidziba/raksts/'],
    ['vecs/index.html', '/palidziba/vecs/'],
  ]);
  expect(pages.map((built) => built.searchable)).toEqual([false, true, false]);
  expect(pages[1]!.meta).toEqual({ robots: 'noindex' });
  expect(pages[2]!.meta).toEqual({ refresh: '/raksts/' });
  expect(pages[1]!.anchors).toEqual({ ids: new Set(['soli']), links: ['../cits/#pārskats'] });
});

it("does not hold the pages' HTML, which the search index reads again a batch at a time", () => {
  const kept = builtPages(output, '/');
  expect(
    kept.every((built) => !Object.values(built).some((value) => typeof value === 'string' && value.includes('<p>'))),
  ).toBe(true);
  expect(JSON.stringify(kept, (_, value: unknown) => (value instanceof Set ? [...value] : value)).length).toBeLessThan(
    filler.length / 4,
  );
});

it('keeps no piece of a page that holds the whole page in memory', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const large = mkdtempSync(path.join(tmpdir(), 'built-pages-large-'));
  try {
    // 100 pages of 200,000 characters each, beyond Latin-1 (two bytes a character): 40 MB of HTML.
    const text = 'Ā'.repeat(200_000);
    for (let at = 0; at < 100; at++) {
      mkdirSync(path.join(large, `p${at}`));
      writeFileSync(
        path.join(large, `p${at}`, 'index.html'),
        `<html lang="lv"><head><meta name="robots" content="noindex, nofollow ${at}"></head><body><h2 id="garaks-virsraksts-${at}">V</h2><a href="#garaks-virsraksts-${at}">x</a>${text}</body></html>`,
      );
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    const pages = builtPages(large, '/');
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect(pages).toHaveLength(100);
    expect(pages.find((built) => built.file === 'p7/index.html')?.meta.robots).toBe('noindex, nofollow 7');
    expect(held).toBeLessThan(4 * 2 ** 20);
  } finally {
    rmSync(large, { recursive: true, force: true });
  }
});
