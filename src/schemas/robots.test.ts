import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots.ts';

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
});
