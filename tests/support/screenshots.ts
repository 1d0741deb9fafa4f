import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, readThrough, type BrowserSite, type ViewOptions } from './browser';
import { projectRoot } from './build';
import { inkShare, luminanceAt, readPng } from './png';

/**
 * Full-page screenshots of a served site, each checked for what a reader would notice first (a
 * page as wide as the screen, on its own background, with text on it); UPDATE_SCREENSHOTS=1
 * copies those the README shows to docs/screenshots/.
 */

const outDir = path.join(projectRoot, 'test-results', 'screenshots');
const docsDir = path.join(projectRoot, 'docs', 'screenshots');

export interface Shot {
  name: string;
  path: string;
  view: ViewOptions & { width: number };
  /** The file in docs/screenshots/ the README shows, if it shows this one. */
  docs?: string;
  /** What the page shows after it has loaded. */
  ready?: (page: Page) => Promise<unknown>;
  /** The first screen only, as the reader first sees it (a long article's whole page is megabytes). */
  firstScreen?: boolean;
}

export function takeShots(site: BrowserSite, shots: readonly Shot[]): void {
  test.for(shots)('$name', async ({ name, path: pagePath, view, docs, ready, firstScreen = false }) => {
    const { page } = await openPage(site.browser, `${site.url}${pagePath}`, view);
    try {
      await ready?.(page);
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: !firstScreen });
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

/** Every image loaded, then the first element `selector` finds a little below the top of the screen. */
export function showFirst(selector: string): (page: Page) => Promise<void> {
  return async (page) => {
    await readThrough(page);
    await page.evaluate((found) => {
      const element = document.querySelector(found);
      if (element) window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 160);
    }, selector);
  };
}
