import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../tests/support/host-headers.ts';
import { headerPolicy, metaPolicy } from './csp.ts';

describe('the Content-Security-Policy', () => {
  const meta = new Map(parsePolicy(metaPolicy()));
  const header = new Map(parsePolicy(headerPolicy()));

  it('allows the site its own stylesheets, images and fetches (robots.txt for audits), and nothing else', () => {
    expect(Object.fromEntries(meta)).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('has no script-src, no inline code and no hashes: default-src stops every script', () => {
    for (const policy of [metaPolicy(), headerPolicy()]) {
      expect(policy).not.toMatch(/script-src|unsafe-|'sha\d+-|'nonce-/);
    }
  });

  it('adds frame-ancestors in the header only, as browsers ignore it in <meta>', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...header].filter(([name]) => name !== 'frame-ancestors')).toEqual([...meta]);
  });

  it('parses directives in order, whatever the spacing', () => {
    expect(parsePolicy("default-src 'none';img-src 'self' data:;  ;base-uri 'none';")).toEqual([
      ['default-src', ["'none'"]],
      ['img-src', ["'self'", 'data:']],
      ['base-uri', ["'none'"]],
    ]);
  });
});
