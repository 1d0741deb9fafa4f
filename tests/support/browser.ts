import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { rmSync } from 'node:fs';
import { buildSite } from './build';
import { launchChromium, missingChromiumMessage } from './chromium';
import { startStaticServer, type StaticServer } from './static-server';

export { findChromium } from './chromium';

/** Path injected by the browser global setup; empty means "skip the browser tests". */
export const chromiumPath: string = inject('chromiumPath');

export function launchBrowser(executablePath = chromiumPath): Promise<Browser> {
  if (!executablePath) throw new Error(`Browser tests cannot run: ${missingChromiumMessage()}`);
  return launchChromium(executablePath);
}

export interface ViewOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  media?: 'screen' | 'print';
  /** Lets a test inject its own script (axe-core) past the page's Content-Security-Policy. */
  bypassCSP?: boolean;
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;
/** A wide screen: the doc set's tree, the article and its contents side by side. */
export const WIDE = { width: 1440, height: 900 } as const;

/**
 * Reads a page down a screen at a time, as a reader scrolls, waiting at each for the images in
 * sight to load (lazy ones load only there), then goes back to the top.
 */
export async function readThrough(page: Page): Promise<void> {
  const { height, screen } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    screen: window.innerHeight,
  }));
  for (let y = 0; y <= height; y += screen) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForFunction(() =>
      [...document.images]
        .filter((image) => {
          const { top, bottom } = image.getBoundingClientRect();
          return bottom >= 0 && top <= window.innerHeight;
        })
        .every((image) => image.complete),
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A fresh page in its own context, sized and themed like a reader's screen. */
export async function newPage(
  browser: Browser,
  {
    width = DESKTOP.width,
    height = DESKTOP.height,
    colorScheme = 'light',
    media = 'screen',
    bypassCSP = false,
  }: ViewOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    reducedMotion: 'reduce',
    locale: 'lv-LV',
    bypassCSP,
  });
  const page = await context.newPage();
  await page.emulateMedia({ media, colorScheme });
  return page;
}

/** Opens a site path in a fresh page and waits until it has loaded. */
export async function openPage(
  browser: Browser,
  url: string,
  view: ViewOptions = {},
): Promise<{ page: Page; response: Response | null }> {
  const page = await newPage(browser, view);
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, response };
}

export interface BrowserSite {
  /** Origin of the served site, such as http://127.0.0.1:PORT */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves a built site (by default the one from the site project's global setup) and launches
 * Chromium once for the enclosing describe block; both are shut down after it.
 */
export function useBrowserSite(siteDir: () => string = () => inject('siteDir')): BrowserSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(siteDir());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('The site server is not running yet.');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running yet.');
      return browser;
    },
  };
}

/**
 * Builds the articles of `contentDir` (with `env`'s other settings) for the enclosing describe
 * block, serves the site in Chromium as useBrowserSite does, and removes the build after the block.
 */
export function useBuiltSite(contentDir: string, env: Record<string, string> = {}): BrowserSite {
  let siteDir: string | undefined;
  afterAll(() => {
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  });
  return useBrowserSite(() => {
    const build = buildSite({ env: { CONTENT_DIR: contentDir, ...env } });
    if (build.status !== 0) throw new Error(build.output);
    siteDir = build.outDir;
    return siteDir;
  });
}
