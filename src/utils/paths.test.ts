import { describe, expect, it } from 'vitest';
import { normalizeBase, withTrailingSlash } from './paths.ts';

describe('withTrailingSlash', () => {
  it('adds one slash, never two', () => {
    expect(withTrailingSlash('/palidziba')).toBe('/palidziba/');
    expect(withTrailingSlash('/palidziba/')).toBe('/palidziba/');
    expect(withTrailingSlash('')).toBe('/');
  });
});

describe('normalizeBase', () => {
  it('gives the base a leading and trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/palidziba')).toBe('/palidziba/');
    expect(normalizeBase('palidziba/')).toBe('/palidziba/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
});
