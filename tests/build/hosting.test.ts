import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/hosting/csp';
import type { HeaderRule } from '../../src/hosting/headers';
import { readPageMeta } from '../../src/hosting/page-meta';
import { conflictingHeaders, headerValuesForPath, parseHeadersFile, parsePolicy } from '../support/host-headers';
import { buildSite, type BuildResult } from '../support/build';
import { crawlSite, htmlPages, servedPath } from '../support/site-crawl';
import { useLocale } from '../../src/i18n';

const SUB_PATH_ARGS = ['--site', 'https://example.lv', '--base', '/palidziba/'];
const CLOUDFLARE_MAX_RULES = 100;

function readHeaders(siteDir: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));
}

function header(rule: HeaderRule | undefined, name: string): string | undefined {
  return rule?.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

/** Every file of the build except the pages, as paths relative to it ("_astro/a.css"). */
function otherFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.html') && entry.name !== '_headers')
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The one page that runs a script. */
const SEARCH_PAGE = `${useLocale('lv').routes.search}/index.html`;

/** What every build must get right, whatever its base path. */
function describeHostingBasics(getSiteDir: () => string, base: string) {
  it('gives every page its constant policy as a <meta> tag, before anything it governs: a script only to search', () => {
    const siteDir = getSiteDir();
    for (const file of htmlPages(siteDir)) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      const { csp } = readPageMeta(html);
      const search = file === SEARCH_PAGE;
      expect(csp, file).toBe(metaPolicy(search ? 'search' : 'page'));
      const directives = new Map(parsePolicy(csp!));
      expect(directives.get('default-src'), file).toEqual(["'none'"]);
      expect(directives.get('style-src'), file).toEqual(["'self'"]);
      expect(directives.get('script-src'), file).toEqual(search ? ["'self'", "'wasm-unsafe-eval'"] : undefined);
      // A <meta> policy may not carry frame-ancestors; browsers warn and ignore it.
      expect(directives.has('frame-ancestors'), file).toBe(false);
      expect(csp, file).not.toMatch(/'unsafe-(?:inline|eval|hashes)'|'sha\d+-|'nonce-/);
      const policyAt = html.indexOf('http-equiv="content-security-policy"');
      expect(policyAt, file).toBeGreaterThan(0);
      expect(policyAt, file).toBeLessThan(html.indexOf('<link'));
    }
  });

  it('inlines no style or script anywhere, links its styles from _astro/, and has a script only to search', () => {
    const siteDir = getSiteDir();
    for (const file of htmlPages(siteDir)) {
      const document = parse(readFileSync(path.join(siteDir, file), 'utf8'));
      expect(document.querySelectorAll('style').length, `${file}: <style>`).toBe(0);
      expect(
        document.querySelectorAll('[style]').map((node) => node.rawTagName),
        `${file}: style attributes`,
      ).toEqual([]);
      const scripts = document.querySelectorAll('script');
      if (file !== SEARCH_PAGE) expect(scripts.length, `${file}: <script>`).toBe(0);
      else {
        expect(
          scripts.map((script) => script.getAttribute('src')),
          file,
        ).toEqual([expect.stringMatching(new RegExp(`^${base}_astro/[\\w.-]+\\.js$`))]);
        expect(scripts[0]!.text.trim(), `${file}: inline script`).toBe('');
      }
      const sheets = document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
      expect(sheets.length, file).toBeGreaterThan(0);
      for (const href of sheets) {
        expect(href, file).toMatch(new RegExp(`^${base}_astro/[\\w.-]+\\.css$`));
        const css = readFileSync(path.join(siteDir, href.slice(base.length)), 'utf8');
        // A stylesheet that pulled in anything else would be one more request, or another origin.
        expect(css, href).not.toMatch(/@import|url\((?!['"]?data:)/);
      }
    }
  });

  it('writes a small _headers: the policy and security headers site-wide, caching by folder', () => {
    const siteDir = getSiteDir();
    const rules = readHeaders(siteDir);
    expect(
      rules.every((rule) => rule.path.startsWith(base)),
      'every rule path carries the base',
    ).toBe(true);
    expect(rules.length).toBeLessThanOrEqual(CLOUDFLARE_MAX_RULES);
    const [siteWide] = rules;
    expect(siteWide?.path).toBe(`${base}*`);
    expect(header(siteWide, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(siteWide, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header(siteWide, 'Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\)/);
    expect(header(siteWide, 'Cache-Control'), 'HTML and hashed assets need different caching').toBeUndefined();
    expect(header(siteWide, 'Content-Security-Policy')).toBe(headerPolicy());
    expect(header(siteWide, 'Content-Security-Policy')).toBe(`${metaPolicy('search')}; frame-ancestors 'none'`);
    const text = readFileSync(path.join(siteDir, '_headers'), 'utf8');
    expect(text).not.toMatch(/'unsafe-(?:inline|eval|hashes)'|'sha\d+-/);
    expect(text.match(/Content-Security-Policy:/g), 'the policy is written once').toHaveLength(1);
  });

  it('gives every page, as Cloudflare and Netlify match paths, the policy once, no-cache and its robots', () => {
    const siteDir = getSiteDir();
    const rules = readHeaders(siteDir);
    for (const host of ['cloudflare', 'netlify'] as const) {
      for (const file of htmlPages(siteDir)) {
        const served = servedPath(file, base);
        const got = headerValuesForPath(rules, served, host);
        const { robots } = readPageMeta(readFileSync(path.join(siteDir, file), 'utf8'));
        expect(got.get('content-security-policy')?.values, `${served} (${host})`).toEqual([headerPolicy()]);
        expect(new Set(got.get('cache-control')?.values), `${served} (${host})`).toEqual(new Set(['no-cache']));
        expect(got.get('x-robots-tag')?.values, `${served} (${host})`).toEqual(robots ? [robots] : undefined);
      }
    }
  });

  it('caches hashed assets for good, and only them, with nothing joined to it', () => {
    const siteDir = getSiteDir();
    const rules = readHeaders(siteDir);
    const files = otherFiles(siteDir);
    expect(files.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(0);
    for (const host of ['cloudflare', 'netlify'] as const) {
      for (const file of files) {
        const caching = headerValuesForPath(rules, base + file, host).get('cache-control')?.values ?? [];
        if (file.startsWith('_astro/')) {
          expect(caching, `${file} (${host})`).toEqual(['public, max-age=31536000, immutable']);
        } else {
          expect(caching, `${file} (${host})`).not.toContain('public, max-age=31536000, immutable');
        }
      }
    }
    const paths = [...htmlPages(siteDir).map((file) => servedPath(file, base)), ...files.map((file) => base + file)];
    expect(conflictingHeaders(rules, paths)).toEqual([]);
  });

  it('sends noindex, nofollow with the article, as its ROBOTS frontmatter says', () => {
    const rules = readHeaders(getSiteDir());
    const article = rules.find((rule) => rule.path === `${base}transfer-licenses-between-tenants/`);
    expect(header(article, 'X-Robots-Tag')).toBe('noindex, nofollow');
  });

  it('lets crawlers fetch the pages, so they can see noindex', () => {
    const siteDir = getSiteDir();
    const robots = readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const disallowed = [...robots.matchAll(/^Disallow:[ \t]*(\S*)/gim)].map(([, prefix]) => prefix).filter(Boolean);
    for (const file of htmlPages(siteDir)) {
      const served = servedPath(file, base);
      expect(
        disallowed.filter((prefix) => served.startsWith(prefix!)),
        served,
      ).toEqual([]);
    }
  });
}

/** The pages a sitemap must list: those that do not say noindex and are not redirects. */
function indexable(siteDir: string): string[] {
  return htmlPages(siteDir).filter((file) => {
    const meta = readPageMeta(readFileSync(path.join(siteDir, file), 'utf8'));
    return meta.refresh === undefined && !/noindex/i.test(meta.robots ?? '') && file !== '404.html';
  });
}

/** The addresses a sitemap lists. */
function sitemapAddresses(siteDir: string): string[] {
  const xml = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!).sort();
}

describe('the default build, served at the root', () => {
  const siteDir = () => inject('siteDir');

  it('has no broken internal link, resource or #fragment', () => {
    const crawl = crawlSite(siteDir(), { base: '/' });
    expect(crawl.problems).toEqual([]);
    expect(crawl.pages).toEqual(
      expect.arrayContaining(['404.html', 'index.html', 'transfer-licenses-between-tenants/index.html']),
    );
    expect(crawl.checked).toEqual(expect.arrayContaining(['index.html → #saturs', '404.html → /']));
    // The stylesheets are among the resources that must resolve.
    expect(crawl.checked.filter((entry) => /^404\.html → \/_astro\/.+\.css$/.test(entry))).not.toEqual([]);
  });

  describeHostingBasics(siteDir, '/');

  it("writes no sitemap and names none, for the site's address is unknown", () => {
    expect(readFileSync(path.join(siteDir(), 'robots.txt'), 'utf8')).not.toMatch(/^Sitemap:/im);
    expect(readdirSync(siteDir()).filter((file) => /sitemap/i.test(file))).toEqual([]);
  });
});

describe('a build for https://example.lv/ (SITE_URL)', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ env: { SITE_URL: 'https://example.lv' } });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('lists every indexable page in sitemap.xml, named in robots.txt', () => {
    const pages = indexable(build.outDir);
    expect(pages.length).toBeGreaterThan(0);
    expect(sitemapAddresses(build.outDir)).toEqual(
      pages.map((file) => `https://example.lv/${file.replace(/index\.html$/, '')}`).sort(),
    );
    expect(readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https:\/\/example\.lv\/sitemap\.xml$/m,
    );
  });

  it('gives each page a card for sharing, and the article the day it changed', () => {
    const html = readFileSync(path.join(build.outDir, 'transfer-licenses-between-tenants/index.html'), 'utf8');
    const document = parse(html);
    const property = (name: string) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    expect(property('og:type')).toBe('article');
    expect(property('og:title')).toBe(document.querySelector('title')?.text);
    expect(property('og:url')).toBe('https://example.lv/transfer-licenses-between-tenants/');
    expect(property('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Our own article's folder does not say where its original is: no alternate to guess.
    expect(document.querySelectorAll('link[rel="alternate"]')).toEqual([]);
  });
});

describe('a build for https://example.lv/palidziba/', () => {
  let build: BuildResult;
  beforeAll(() => {
    // BASE_URL in the environment (vitest sets it to "/") must not replace the base in the pages.
    build = buildSite({ env: { BASE_URL: '/' }, args: SUB_PATH_ARGS });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('has no broken internal link, resource or #fragment under the sub-path', () => {
    const crawl = crawlSite(build.outDir, { base: '/palidziba/', origin: 'https://example.lv' });
    expect(crawl.problems).toEqual([]);
    expect(crawl.checked).toEqual(
      expect.arrayContaining([
        'index.html → #saturs',
        '404.html → /palidziba/',
        'index.html → https://example.lv/palidziba/transfer-licenses-between-tenants/',
      ]),
    );
    expect(crawl.checked.filter((entry) => /^404\.html → \/palidziba\/_astro\/.+\.css$/.test(entry))).not.toEqual([]);
  });

  it('says it ignored the environment variable BASE_URL, and warns of nothing else', () => {
    expect(build.output).toContain('ignoring the environment variable BASE_URL=/; the base is /palidziba/');
    // The bundler's notice about Astro's own MDX directive says nothing about the articles.
    expect(build.output.match(/\[WARN\].*/g)).toEqual([
      expect.stringContaining('ignoring the environment variable BASE_URL=/'),
    ]);
  });

  it('gives canonical URLs on the site and under the sub-path', () => {
    const { canonicals } = crawlSite(build.outDir, { base: '/palidziba/', origin: 'https://example.lv' });
    expect(Object.fromEntries(canonicals)).toEqual({
      'index.html': 'https://example.lv/palidziba/transfer-licenses-between-tenants/',
      'transfer-licenses-between-tenants/index.html': 'https://example.lv/palidziba/transfer-licenses-between-tenants/',
      'raksti/index.html': 'https://example.lv/palidziba/raksti/',
    });
  });

  describeHostingBasics(() => build.outDir, '/palidziba/');

  it("lists its indexable pages in sitemap.xml, and leaves robots.txt, not at the host's root, alone", () => {
    expect(sitemapAddresses(build.outDir)).toEqual(
      indexable(build.outDir)
        .map((file) => `https://example.lv/palidziba/${file.replace(/index\.html$/, '')}`)
        .sort(),
    );
    expect(readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8')).not.toMatch(/^Sitemap:/im);
    expect(build.output).toContain(
      'name it in the host\'s robots.txt: "Sitemap: https://example.lv/palidziba/sitemap.xml"',
    );
  });

  it('builds the same site when the base is written without its trailing slash', () => {
    const bare = buildSite({ args: ['--site', 'https://example.lv', '--base', '/palidziba'] });
    try {
      expect(bare.status, bare.output).toBe(0);
      for (const file of [...htmlPages(build.outDir), '_headers']) {
        expect(readFileSync(path.join(bare.outDir, file), 'utf8'), file).toBe(
          readFileSync(path.join(build.outDir, file), 'utf8'),
        );
      }
    } finally {
      rmSync(bare.outDir, { recursive: true, force: true });
    }
  });
});
