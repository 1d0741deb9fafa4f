import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/hosting/csp';
import { headersForPath, parseHeadersFile } from '../support/host-headers';
import { chromiumPath, launchBrowser, newPage } from '../support/browser';
import { ALL_PATHS, MISSING_PATH } from '../support/pages';
import { searchDone } from '../support/search-page';
import { startStaticServer, type StaticServer } from '../support/static-server';

interface Violation {
  directive: string;
  blocked: string;
  disposition: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

interface Visit {
  status: number | undefined;
  headers: Record<string, string>;
  violations: Violation[];
  console: string[];
  /** Each stylesheet the page loaded: its status and Cache-Control. */
  stylesheets: { url: string; status: number; cacheControl: string | undefined }[];
  /** Where the skip link sits while it has no focus: above the viewport when the CSS applied. */
  skipLinkBottom: number;
  bodyMargin: string;
}

/**
 * Opens a path, recording every CSP violation event and console message from the first byte on;
 * `ready` waits for what the page does after it has loaded.
 */
async function visit(browser: Browser, url: string, ready?: (page: Page) => Promise<unknown>): Promise<Visit> {
  const page: Page = await newPage(browser);
  try {
    // Runs before the document is parsed (through DevTools, so the page's policy does not apply to it).
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          disposition: event.disposition,
        });
      });
    });
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    const stylesheets: Visit['stylesheets'] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'stylesheet') {
        stylesheets.push({
          url: new URL(response.url()).pathname,
          status: response.status(),
          cacheControl: response.headers()['cache-control'],
        });
      }
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    await ready?.(page);
    const state = await page.evaluate(() => ({
      violations: window.__cspViolations ?? [],
      skipLinkBottom: document.querySelector('.skip-link')!.getBoundingClientRect().bottom,
      bodyMargin: getComputedStyle(document.body).margin,
    }));
    return {
      status: response?.status(),
      headers: response ? await response.allHeaders() : {},
      console: messages.filter((text) => !/^Failed to load resource: .* 404/.test(text)),
      stylesheets,
      ...state,
    };
  } finally {
    await page.context().close();
  }
}

describe.skipIf(!chromiumPath)('the site served with its own _headers', () => {
  const siteDir = inject('siteDir');
  const rules = parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));
  let server: StaticServer;
  let blockingServer: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // Headers applied as Cloudflare Pages does: every matching rule, repeated headers joined.
    server = await startStaticServer(siteDir, { headersFor: (urlPath) => headersForPath(rules, urlPath) });
    // A control: the same site under a policy that allows no stylesheet at all.
    blockingServer = await startStaticServer(siteDir, {
      headersFor: () => ({ 'Content-Security-Policy': "default-src 'none'" }),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await blockingServer?.close();
  });

  test.for(ALL_PATHS)('%s loads with its styles and without a single CSP violation', async (urlPath) => {
    const result = await visit(browser, server.url + urlPath);
    expect(result.status).toBe(urlPath === MISSING_PATH ? 404 : 200);
    // One policy, the same for every page, with frame-ancestors that only a header can carry.
    expect(result.headers['content-security-policy']).toBe(headerPolicy());
    expect(result.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(result.headers['x-content-type-options']).toBe('nosniff');
    expect(result.violations).toEqual([]);
    expect(result.console).toEqual([]);
    // The page's own stylesheets, from _astro/, cached for good and never also no-cache.
    expect(result.stylesheets.length).toBeGreaterThan(0);
    for (const sheet of result.stylesheets) {
      expect(sheet, sheet.url).toMatchObject({ status: 200, cacheControl: 'public, max-age=31536000, immutable' });
      expect(sheet.url).toMatch(/^\/_astro\/[\w.-]+\.css$/);
    }
    // The stylesheets applied: the skip link waits above the page, the body has no margin.
    expect(result.skipLinkBottom).toBeLessThanOrEqual(0);
    expect(result.bodyMargin).toBe('0px');
  });

  test('the article gets the one policy, no-cache and noindex, nofollow', async () => {
    const result = await visit(browser, `${server.url}/transfer-licenses-between-tenants/`);
    // One policy, not several joined by the host.
    expect(result.headers['content-security-policy']?.match(/default-src/g)).toHaveLength(1);
    expect(result.headers['cache-control']).toBe('no-cache');
    expect(result.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(result.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(result.headers['permissions-policy']).toContain('camera=()');
  });

  test('the page may fetch robots.txt from its own site, as audits such as Lighthouse do, and nothing else', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/transfer-licenses-between-tenants/`);
      const fetched = await page.evaluate(async () => {
        const own = await fetch('/robots.txt').then((response) => response.status);
        const other = await fetch('https://example.invalid/').then(
          () => 'fetched',
          () => 'blocked',
        );
        return { own, other };
      });
      expect(fetched).toEqual({ own: 200, other: 'blocked' });
    } finally {
      await page.close();
    }
  });

  test('the search page searches under the header and its own <meta> policy, without a violation', async () => {
    const result = await visit(browser, `${server.url}/meklet/?q=licenci`, searchDone);
    expect(result.headers['content-security-policy']).toBe(headerPolicy());
    expect(result.violations).toEqual([]);
    expect(result.console).toEqual([]);
  });

  test('the search page under a policy without its script-src is seen blocked (the check above can fail)', async () => {
    const pagePolicy = await startStaticServer(inject('siteDir'), {
      headersFor: () => ({ 'Content-Security-Policy': metaPolicy() }),
    });
    try {
      const result = await visit(browser, `${pagePolicy.url}/meklet/?q=licenci`);
      expect(result.violations).toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
    } finally {
      await pagePolicy.close();
    }
  });

  test('a policy without style-src is seen blocking the stylesheets (the checks above can fail)', async () => {
    const result = await visit(browser, `${blockingServer.url}/`);
    expect(result.violations).toContainEqual(expect.objectContaining({ directive: 'style-src-elem' }));
    expect(result.console.join('\n')).toMatch(/Content Security Policy/);
    expect(result.skipLinkBottom).toBeGreaterThan(0);
    expect(result.bodyMargin).not.toBe('0px');
  });
});
