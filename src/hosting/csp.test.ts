import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../tests/support/host-headers.ts';
import { headerPolicy, metaPolicy } from './csp.ts';

describe('the Content-Security-Policy', () => {
  const page = new Map(parsePolicy(metaPolicy()));
  const search = new Map(parsePolicy(metaPolicy('search')));
  const header = new Map(parsePolicy(headerPolicy()));

  it('allows a page its own stylesheets, images, fetches and forms, and nothing else', () => {
    expect(Object.fromEntries(page)).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
    });
  });

  it('gives a page no script-src, so default-src stops every script', () => {
    expect(metaPolicy()).not.toMatch(/script-src|unsafe-|'sha\d+-|'nonce-/);
  });

  it('allows the search page scripts from the site and WebAssembly, nothing inline and no eval', () => {
    expect(Object.fromEntries(search)).toEqual({
      ...Object.fromEntries(page),
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
    });
    expect(metaPolicy('search')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha\d+-|'nonce-/);
  });

  it('sends the search page policy with frame-ancestors as the header, which only <meta> narrows on other pages', () => {
    expect(page.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...header].filter(([name]) => name !== 'frame-ancestors')).toEqual([...search]);
  });

  it('parses directives in order, whatever the spacing', () => {
    expect(parsePolicy("default-src 'none';img-src 'self' data:;  ;base-uri 'none';")).toEqual([
      ['default-src', ["'none'"]],
      ['img-src', ["'self'", 'data:']],
      ['base-uri', ["'none'"]],
    ]);
  });
});
