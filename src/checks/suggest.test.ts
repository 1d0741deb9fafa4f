import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './suggest.ts';

describe('suggestions for misspelt keys', () => {
  const keys = ['ms.reviewer', 'ms.custom', 'ms.collection', 'title'];

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it.each([
    ['ms.reviwer', 'ms.reviewer'],
    ['ms-custom', 'ms.custom'],
    ['ms,.custom', 'ms.custom'],
    ['Title', 'title'],
  ])('suggests %s → %s', (typo, key) => {
    expect(closestMatch(typo, keys)).toBe(key);
  });

  it('suggests nothing for an unrelated key', () => {
    expect(closestMatch('search.appverid', keys)).toBeUndefined();
  });
});
