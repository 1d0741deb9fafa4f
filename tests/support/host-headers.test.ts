import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headerRules } from '../../src/hosting/headers.ts';
import { headersForPath, headerValuesForPath, parseHeadersFile } from './host-headers.ts';

describe('reading _headers back', () => {
  const pages = [
    { path: '/palidziba/', robots: 'noindex' },
    { path: '/palidziba/a/' },
    { path: '/palidziba/404.html' },
  ];
  const rules = headerRules({ base: '/palidziba/', pages, hasHashedAssets: true });

  it('reads back what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('rejects a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/under a path/);
  });
});

describe('matching rule paths as the hosts do', () => {
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

  it('matches exact paths exactly and placeholders within one segment on Cloudflare', () => {
    expect(headersForPath(rules, '/base/page')).not.toHaveProperty('Content-Security-Policy', 'wide, narrow');
    expect(headersForPath(rules, '/base/q/x')).toHaveProperty('B', 'placeholder');
    expect(headersForPath(rules, '/base/q/r/x')).not.toHaveProperty('B');
    expect(headersForPath(rules, '/other/')).toEqual({});
  });

  it('ignores the trailing slash and case on Netlify, where "*" also matches the folder itself', () => {
    const names = (path: string) => [...headerValuesForPath(rules, path, 'netlify').keys()];
    expect(headerValuesForPath(rules, '/base/page', 'netlify').get('content-security-policy')?.values).toEqual([
      'wide',
      'narrow',
    ]);
    expect(names('/BASE/Q/X/')).toContain('b');
    expect(names('/base/q/r/x')).not.toContain('b');
    expect(names('/base/_astro')).toContain('cache-control');
    expect(names('/base')).toContain('a');
    expect(names('/other/')).toEqual([]);
  });
});
