import { describe, expect, it } from 'vitest';
import { readPageMeta } from './page-meta.ts';

describe('readPageMeta', () => {
  it('reads the policy and robots directives, decoding entities', () => {
    const html = `<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
      <meta content="default-src &#39;none&#39;; img-src &apos;self&apos; data:" http-equiv="Content-Security-Policy"></head>`;
    expect(readPageMeta(html)).toEqual({
      csp: "default-src 'none'; img-src 'self' data:",
      robots: 'noindex, nofollow',
    });
  });

  it('reads where a moved page sends the browser', () => {
    expect(readPageMeta('<meta http-equiv="refresh" content="0; url=/palidziba/jauns/">')).toEqual({
      refresh: '/palidziba/jauns/',
    });
  });

  it('reports nothing for a page without either', () => {
    expect(readPageMeta('<meta name="description" content="x"><meta name="robots" content="">')).toEqual({});
  });
});
