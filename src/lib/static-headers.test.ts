import { describe, expect, it } from 'vitest';
import {
  buildHeadersFile,
  headerPolicy,
  headerRules,
  headersForPath,
  normalizeBase,
  pagePath,
  parseHeadersFile,
  parsePolicy,
  readPageMeta,
  unionOfPolicies,
} from './static-headers.ts';

const ARTICLE_POLICY =
  "default-src 'none';img-src 'self' data:;base-uri 'none';form-action 'none'; script-src 'self' 'sha256-S1='; style-src 'self' 'sha256-A=' 'sha256-B=';";
const INDEX_POLICY = "default-src 'none'; img-src 'self' data:; script-src 'self'; style-src 'self' 'sha256-C=';";

describe('normalizeBase and pagePath', () => {
  it('gives the base a leading and trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/palidziba')).toBe('/palidziba/');
    expect(normalizeBase('palidziba/')).toBe('/palidziba/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  it('maps built files to the paths they are served at', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('index.html', '/palidziba/')).toBe('/palidziba/');
    expect(pagePath('slug/index.html', '/palidziba')).toBe('/palidziba/slug/');
    expect(pagePath('slug\\index.html', '/')).toBe('/slug/');
    expect(pagePath('404.html', '/palidziba/')).toBe('/palidziba/404.html');
  });
});

describe('readPageMeta', () => {
  it('reads the policy and robots directives, decoding entities', () => {
    const html = `<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
      <meta content="default-src &#39;none&#39;; img-src &apos;self&apos; data:" http-equiv="Content-Security-Policy"></head>`;
    expect(readPageMeta(html)).toEqual({
      csp: "default-src 'none'; img-src 'self' data:",
      robots: 'noindex, nofollow',
    });
  });

  it('reports nothing for a page without either', () => {
    expect(readPageMeta('<meta name="description" content="x"><meta name="robots" content="">')).toEqual({});
  });
});

describe('policies', () => {
  it('parses directives in order, whatever the spacing', () => {
    expect(parsePolicy(ARTICLE_POLICY).map(([name]) => name)).toEqual([
      'default-src',
      'img-src',
      'base-uri',
      'form-action',
      'script-src',
      'style-src',
    ]);
  });

  it('adds the header-only directives once', () => {
    expect(headerPolicy("default-src 'none';")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headerPolicy("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
  });

  it('joins the sources of policies, keeping only directives every one has', () => {
    expect(unionOfPolicies([ARTICLE_POLICY, INDEX_POLICY])).toBe(
      "default-src 'none'; img-src 'self' data:; script-src 'self' 'sha256-S1='; style-src 'self' 'sha256-A=' 'sha256-B=' 'sha256-C='",
    );
  });

  it("drops 'none' once a directive allows something", () => {
    expect(unionOfPolicies(["img-src 'none'", "img-src 'self'"])).toBe("img-src 'self'");
    expect(unionOfPolicies(["img-src 'none'", "img-src 'none'"])).toBe("img-src 'none'");
    expect(unionOfPolicies([])).toBe('');
  });
});

describe('the _headers file', () => {
  const pages = [
    { path: '/palidziba/slug/', csp: ARTICLE_POLICY, robots: 'noindex, nofollow' },
    { path: '/palidziba/', csp: INDEX_POLICY },
  ];

  it('starts with the site-wide rule, then hashed assets, then each page by path', () => {
    const rules = headerRules({ base: '/palidziba', pages, hasHashedAssets: true });
    expect(rules.map((rule) => rule.path)).toEqual([
      '/palidziba/*',
      '/palidziba/_astro/*',
      '/palidziba/',
      '/palidziba/slug/',
    ]);
    expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': expect.stringMatching(/'sha256-A=' 'sha256-B=' 'sha256-C='; frame-ancestors 'none'$/),
    });
    expect(rules[0]!.headers.map(([name]) => name)).not.toContain('Cache-Control');
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });

  it('gives each page its own policy, no-cache and its robots directives', () => {
    const rules = headerRules({ base: '/palidziba/', pages, hasHashedAssets: false });
    expect(rules.map((rule) => rule.path)).toEqual(['/palidziba/*', '/palidziba/', '/palidziba/slug/']);
    expect(rules[2]!.headers).toEqual([
      ['Content-Security-Policy', headerPolicy(ARTICLE_POLICY)],
      ['Cache-Control', 'no-cache'],
      ['X-Robots-Tag', 'noindex, nofollow'],
    ]);
    expect(rules[1]!.headers.map(([name]) => name)).toEqual(['Content-Security-Policy', 'Cache-Control']);
  });

  it('leaves the policy out when no page has one', () => {
    const rules = headerRules({ base: '/', pages: [{ path: '/' }], hasHashedAssets: false });
    expect(rules.flatMap((rule) => rule.headers.map(([name]) => name))).not.toContain('Content-Security-Policy');
  });

  it('never allows inline code wholesale', () => {
    expect(buildHeadersFile({ base: '/', pages, hasHashedAssets: true })).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('reads back what it writes', () => {
    const rules = headerRules({ base: '/palidziba/', pages, hasHashedAssets: true });
    expect(parseHeadersFile(buildHeadersFile({ base: '/palidziba/', pages, hasHashedAssets: true }))).toEqual(rules);
  });

  it('rejects a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/under a path/);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(`# comment
/base/*
  A: site
  Content-Security-Policy: wide
/base/_astro/*
  Cache-Control: immutable
/base/page/
  Content-Security-Policy: narrow
/base/:name/x
  B: placeholder
`);

  it('applies every matching rule, joining a header set twice as Cloudflare does', () => {
    expect(headersForPath(rules, '/base/page/')).toEqual({ A: 'site', 'Content-Security-Policy': 'wide, narrow' });
    expect(headersForPath(rules, '/base/_astro/a.css')).toEqual({
      A: 'site',
      'Content-Security-Policy': 'wide',
      'Cache-Control': 'immutable',
    });
  });

  it('matches exact paths exactly and placeholders within one segment', () => {
    expect(headersForPath(rules, '/base/page')).not.toHaveProperty('Content-Security-Policy', 'wide, narrow');
    expect(headersForPath(rules, '/base/q/x')).toHaveProperty('B', 'placeholder');
    expect(headersForPath(rules, '/base/q/r/x')).not.toHaveProperty('B');
    expect(headersForPath(rules, '/other/')).toEqual({});
  });
});
