import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  chromiumPath,
  DESKTOP,
  openPage,
  PHONE,
  useBrowserSite,
  useBuiltSite,
  type BrowserSite,
  type ViewOptions,
} from '../support/browser';
import { projectRoot } from '../support/build';
import { inkShare, luminanceAt, readPng } from '../support/png';
import { searchDone } from '../support/search';

const outDir = path.join(projectRoot, 'test-results', 'screenshots');
const docsDir = path.join(projectRoot, 'docs', 'screenshots');

/** A4 at 96 CSS px per inch. */
const PAPER = { width: 794, height: 1123 } as const;

const shots: Omit<Shot, 'path'>[] = [
  { name: 'desktop-light', view: { ...DESKTOP, colorScheme: 'light' }, docs: 'desktop.png' },
  { name: 'desktop-dark', view: { ...DESKTOP, colorScheme: 'dark' } },
  { name: 'phone', view: { ...PHONE, colorScheme: 'light' }, docs: 'phone.png' },
  { name: 'print', view: { ...PAPER, media: 'print' } },
];

interface Shot {
  name: string;
  path: string;
  view: ViewOptions & { width: number };
  /** The file in docs/screenshots/ the README shows, if it shows this one. */
  docs?: string;
  /** What the page shows after it has loaded. */
  ready?: (page: Page) => Promise<unknown>;
}

function takeShots(site: BrowserSite, shots: readonly Shot[]): void {
  test.for(shots)('$name', async ({ name, path: pagePath, view, docs, ready }) => {
    const { page } = await openPage(site.browser, `${site.url}${pagePath}`, view);
    try {
      await ready?.(page);
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const image = readPng(readFileSync(file));
      // As wide as the view: nothing reaches past its right edge.
      expect(image.width).toBe(view.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(view.width);
      // The page's own background in its corner: light pages light, dark pages dark (print on white).
      const corner = luminanceAt(image, 0, 0);
      if (view.colorScheme === 'dark') expect(corner, 'a dark page').toBeLessThan(0.05);
      else expect(corner, 'a light page').toBeGreaterThan(0.9);
      // Text, rules and links on that background: a page, not an empty or unstyled one.
      expect(inkShare(image)).toBeGreaterThan(0.02);
      // UPDATE_SCREENSHOTS=1 refreshes the README's screenshots in docs/screenshots/.
      if (docs && process.env['UPDATE_SCREENSHOTS'] === '1') {
        mkdirSync(docsDir, { recursive: true });
        copyFileSync(file, path.join(docsDir, docs));
      }
    } finally {
      await page.context().close();
    }
  });
}

describe.skipIf(!chromiumPath)('screenshots', () => {
  const site = useBrowserSite();
  takeShots(
    site,
    shots.map((shot) => ({ ...shot, path: '/transfer-licenses-between-tenants/' })),
  );
});

// A doc set, for what one article cannot show: search results, a TOC's breadcrumbs, contents, previous and next.
describe.skipIf(!chromiumPath)('screenshots of a doc set', () => {
  const site = useBuiltSite(path.join(projectRoot, 'tests/fixtures/docset'));
  const search = '/meklet/?q=piedāvājumi';
  takeShots(site, [
    { name: 'search-desktop', path: search, view: DESKTOP, docs: 'search-desktop.png', ready: searchDone },
    { name: 'search-phone', path: search, view: PHONE, docs: 'search-phone.png', ready: searchDone },
    { name: 'article-navigation', path: '/guides/getting-started/', view: DESKTOP, docs: 'article-navigation.png' },
  ]);
});
