import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictingHeaders, headerValuesForPath } from '../../tests/support/host-headers.ts';
import { headerPolicy } from './csp.ts';
import { headerRules, pagePath, SECURITY_HEADERS } from './headers.ts';

describe('pagePath', () => {
  it('maps built files to the paths they are served at', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('index.html', '/palidziba/')).toBe('/palidziba/');
    expect(pagePath('slug/index.html', '/palidziba')).toBe('/palidziba/slug/');
    expect(pagePath('slug\\index.html', '/')).toBe('/slug/');
    expect(pagePath('404.html', '/palidziba/')).toBe('/palidziba/404.html');
  });
});

describe('the _headers file', () => {
  const pages = [
    { path: '/palidziba/slug/', robots: 'noindex, nofollow' },
    { path: '/palidziba/', robots: 'noindex' },
    { path: '/palidziba/404.html', robots: 'noindex' },
    { path: '/palidziba/other/' },
    { path: '/palidziba/lapa/2/' },
    { path: '/palidziba/lapa/3/', robots: 'nofollow' },
  ];
  const rules = headerRules({ base: '/palidziba', pages, hasHashedAssets: true });

  it('starts with the site-wide security headers and the policy, then caching, then robots', () => {
    expect(rules.map((rule) => rule.path)).toEqual([
      '/palidziba/*',
      '/palidziba/_astro/*',
      '/palidziba/',
      '/palidziba/:page/',
      '/palidziba/lapa/:page/',
      '/palidziba/404.html',
      '/palidziba/lapa/3/',
      '/palidziba/slug/',
    ]);
    expect(rules[0]!.headers).toEqual(SECURITY_HEADERS);
    expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': headerPolicy(),
    });
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(rules.slice(2, 6).every((rule) => rule.headers[0]?.join(': ') === 'Cache-Control: no-cache')).toBe(true);
    expect(rules.slice(6).every((rule) => rule.headers.map(([name]) => name).join() === 'X-Robots-Tag')).toBe(true);
  });

  it('gives every page no-cache, the policy and its own robots directives, and nothing to other pages', () => {
    for (const host of ['cloudflare', 'netlify'] as const) {
      for (const page of pages) {
        const got = headerValuesForPath(rules, page.path, host);
        expect(new Set(got.get('cache-control')?.values), `${page.path} (${host})`).toEqual(new Set(['no-cache']));
        expect(got.get('content-security-policy')?.values, page.path).toEqual([headerPolicy()]);
        expect(got.get('x-robots-tag')?.values, `${page.path} (${host})`).toEqual(
          page.robots ? [page.robots] : undefined,
        );
      }
    }
  });

  it('caches hashed assets for good, and never also says no-cache for them', () => {
    for (const host of ['cloudflare', 'netlify'] as const) {
      const got = headerValuesForPath(rules, '/palidziba/_astro/BaseLayout.pYf2CRf8.css', host);
      expect(got.get('cache-control')?.values, host).toEqual(['public, max-age=31536000, immutable']);
      expect(got.get('x-content-type-options')?.values, host).toEqual(['nosniff']);
    }
  });

  it('never gives one path two different values of a header, under either host', () => {
    const paths = [...pages.map((page) => page.path), '/palidziba/_astro/a.css', '/palidziba/robots.txt'];
    expect(conflictingHeaders(rules, paths)).toEqual([]);
    // The check can fail: a site-wide Cache-Control would meet the immutable one.
    const clash = [{ path: '/palidziba/*', headers: [['Cache-Control', 'no-cache']] as [string, string][] }, ...rules];
    expect(conflictingHeaders(clash, ['/palidziba/_astro/a.css'])).toEqual([
      'Cache-Control at /palidziba/_astro/a.css (cloudflare): no-cache | public, max-age=31536000, immutable',
      'Cache-Control at /palidziba/_astro/a.css (netlify): no-cache | public, max-age=31536000, immutable',
    ]);
  });

  it('stays a handful of rules for a site of a few pages', () => {
    const small = headerRules({
      base: '/',
      pages: [
        { path: '/', robots: 'noindex, nofollow' },
        { path: '/404.html', robots: 'noindex' },
        { path: '/transfer-licenses-between-tenants/', robots: 'noindex, nofollow' },
      ],
      hasHashedAssets: true,
    });
    expect(small.map((rule) => rule.path)).toEqual([
      '/*',
      '/_astro/*',
      '/',
      '/:page/',
      '/404.html',
      '/transfer-licenses-between-tenants/',
    ]);
  });

  it('leaves out the assets rule when the build has none, and rejects a page outside the base', () => {
    const rules = headerRules({ base: '/', pages: [{ path: '/' }], hasHashedAssets: false });
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/']);
    expect(() => headerRules({ base: '/a/', pages: [{ path: '/b/' }], hasHashedAssets: false })).toThrow(/outside/);
  });
});

describe('docs/nginx.conf', () => {
  const conf = readFileSync(new URL('../../docs/nginx.conf', import.meta.url), 'utf8');
  const added = new Map(
    [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [name!, value!]),
  );

  it('sends the same security headers and policy as _headers', () => {
    for (const [name, value] of SECURITY_HEADERS) expect(added.get(name), name).toBe(value);
  });

  it('caches hashed assets for good and revalidates everything else', () => {
    expect(conf).toContain('"public, max-age=31536000, immutable"');
    expect(conf).toMatch(/default\s+"no-cache";/);
  });
});

describe('X-Robots-Tag when every page says the same', () => {
  it('is one site-wide rule, not one per page', () => {
    const pages = ['/', '/a/', '/b/', '/404.html'].map((path) => ({ path, robots: 'noindex, nofollow' }));
    const rules = headerRules({ base: '/', pages, hasHashedAssets: false });
    expect(rules[0]!.headers).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
    expect(rules.slice(1).flatMap((rule) => rule.headers.map(([name]) => name))).not.toContain('X-Robots-Tag');
    expect(
      conflictingHeaders(
        rules,
        pages.map((page) => page.path),
      ),
    ).toEqual([]);
  });
});
