import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  headerPolicy,
  parseHeadersFile,
  parsePolicy,
  readPageMeta,
  type HeaderRule,
} from '../../src/lib/static-headers';
import { buildSite, type BuildResult } from '../support/build';
import { crawlSite, htmlPages, servedPath } from '../support/site-crawl';

const SUB_PATH_ARGS = ['--site', 'https://example.lv', '--base', '/palidziba/'];

function readHeaders(siteDir: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));
}

function header(rule: HeaderRule | undefined, name: string): string | undefined {
  return rule?.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`,
  );
}

/** What every build must get right, whatever its base path. */
function describeHostingBasics(getSiteDir: () => string, base: string) {
  it("gives every page Astro's policy as a <meta> tag covering its inline styles", () => {
    const siteDir = getSiteDir();
    for (const file of htmlPages(siteDir)) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      const { csp } = readPageMeta(html);
      expect(csp, file).toBeDefined();
      const directives = new Map(parsePolicy(csp!));
      expect(directives.get('default-src'), file).toEqual(["'none'"]);
      expect(directives.get('img-src'), file).toEqual(["'self'", 'data:']);
      expect(directives.get('base-uri'), file).toEqual(["'none'"]);
      expect(directives.get('form-action'), file).toEqual(["'none'"]);
      // A <meta> policy may not carry frame-ancestors; browsers warn and ignore it.
      expect(directives.has('frame-ancestors'), file).toBe(false);
      expect(csp, file).not.toMatch(/unsafe-inline|unsafe-eval/);
      const styles = styleHashes(html);
      expect(styles.length, file).toBeGreaterThan(0);
      expect(directives.get('style-src'), file).toEqual(expect.arrayContaining(styles));
      // The policy comes before the styles it governs.
      expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(html.indexOf('<style'));
    }
  });

  it('writes _headers: site-wide security headers first, then each page with its own policy', () => {
    const siteDir = getSiteDir();
    const rules = readHeaders(siteDir);
    expect(
      rules.every((rule) => rule.path.startsWith(base)),
      'every rule path carries the base',
    ).toBe(true);
    const [siteWide] = rules;
    expect(siteWide?.path).toBe(`${base}*`);
    expect(header(siteWide, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(siteWide, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header(siteWide, 'Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\)/);
    expect(header(siteWide, 'Cache-Control'), 'HTML and hashed assets need different caching').toBeUndefined();
    const siteWidePolicy = new Map(parsePolicy(header(siteWide, 'Content-Security-Policy')!));
    expect(siteWidePolicy.get('frame-ancestors')).toEqual(["'none'"]);

    const files = htmlPages(siteDir);
    const pageRules = rules.filter((rule) => !rule.path.endsWith('*'));
    expect(pageRules.map((rule) => rule.path).sort()).toEqual(files.map((file) => servedPath(file, base)).sort());
    for (const file of files) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      const meta = readPageMeta(html);
      const rule = rules.find((candidate) => candidate.path === servedPath(file, base));
      const policy = header(rule, 'Content-Security-Policy')!;
      expect(policy, file).toBe(headerPolicy(meta.csp!));
      expect(policy, file).toMatch(/(?:^|; )frame-ancestors 'none'(?:;|$)/);
      expect(header(rule, 'Cache-Control'), file).toBe('no-cache');
      expect(header(rule, 'X-Robots-Tag'), file).toBe(meta.robots);
      // The site-wide policy, which Cloudflare enforces alongside the page's, allows its styles too.
      expect(siteWidePolicy.get('style-src'), file).toEqual(expect.arrayContaining(styleHashes(html)));
    }
    expect(readFileSync(path.join(siteDir, '_headers'), 'utf8')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('sends noindex, nofollow with the article, as its ROBOTS frontmatter says', () => {
    const rules = readHeaders(getSiteDir());
    const article = rules.find((rule) => rule.path === `${base}transfer-licenses-between-tenants/`);
    expect(header(article, 'X-Robots-Tag')).toBe('noindex, nofollow');
  });

  it('caches hashed assets for good, if the build has any', () => {
    const siteDir = getSiteDir();
    const assets = readHeaders(siteDir).find((rule) => rule.path === `${base}_astro/*`);
    if (existsSync(path.join(siteDir, '_astro'))) {
      expect(header(assets, 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    } else {
      expect(assets).toBeUndefined();
    }
  });

  it('lets crawlers fetch the pages, so they can see noindex, and lists no sitemap', () => {
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
    expect(robots).not.toMatch(/^Sitemap:/im);
    expect(readdirSync(siteDir).filter((file) => /sitemap/i.test(file))).toEqual([]);
  });
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
  });

  describeHostingBasics(siteDir, '/');
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
  });

  it('says it ignored the environment variable BASE_URL', () => {
    expect(build.output).toContain('ignoring the environment variable BASE_URL=/; the base is /palidziba/');
  });

  it('gives canonical URLs on the site and under the sub-path', () => {
    const { canonicals } = crawlSite(build.outDir, { base: '/palidziba/', origin: 'https://example.lv' });
    expect(Object.fromEntries(canonicals)).toEqual({
      'index.html': 'https://example.lv/palidziba/transfer-licenses-between-tenants/',
      'transfer-licenses-between-tenants/index.html': 'https://example.lv/palidziba/transfer-licenses-between-tenants/',
    });
  });

  describeHostingBasics(() => build.outDir, '/palidziba/');

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
