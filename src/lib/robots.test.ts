import { describe, expect, it } from 'vitest';
import { forbidsFollowing, forbidsIndexing, parseRobots } from './robots.ts';

describe('parseRobots', () => {
  it('lowercases and splits the directives', () => {
    expect(parseRobots('NOINDEX, NOFOLLOW')).toEqual({ ok: true, directives: ['noindex', 'nofollow'] });
  });

  it('names unknown directives', () => {
    expect(parseRobots('NOINDEX, NOFOLOW')).toEqual({ ok: false, unknown: ['nofolow'] });
  });

  it('rejects an empty value', () => {
    expect(parseRobots(' , ').ok).toBe(false);
  });

  it('knows what "none" implies', () => {
    expect(forbidsIndexing(['none'])).toBe(true);
    expect(forbidsFollowing(['none'])).toBe(true);
    expect(forbidsIndexing(['nofollow'])).toBe(false);
  });
});
