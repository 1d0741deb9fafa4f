import { describe, expect, it } from 'vitest';
import { InOrder } from './in-order.ts';

describe('InOrder', () => {
  it('hands values on in the expected order, however they arrive', () => {
    const order = new InOrder<string>(['a', 'b', 'c', 'd']);
    expect(order.add('c', 'C')).toEqual([]);
    expect(order.add('a', 'A')).toEqual(['A']);
    expect(order.waiting).toBe(1);
    expect(order.add('b', 'B')).toEqual(['B', 'C']);
    expect(order.add('d', 'D')).toEqual(['D']);
    expect(order.waiting).toBe(0);
    expect(order.rest()).toEqual([]);
  });

  it('gives every arrival order the same sequence', () => {
    const keys = Array.from({ length: 40 }, (_, index) => `page-${String(index).padStart(2, '0')}`);
    const sequences = [
      keys,
      [...keys].reverse(),
      keys.filter((_, i) => i % 2).concat(keys.filter((_, i) => !(i % 2))),
    ].map((arrival) => {
      const order = new InOrder<string>(keys);
      return [...arrival.flatMap((key) => order.add(key, key)), ...order.rest()];
    });
    expect(sequences[1]).toEqual(keys);
    expect(sequences[2]).toEqual(keys);
  });

  it('past a key that never comes, keeps the order; keys nobody expected come last, sorted', () => {
    const order = new InOrder<string>(['a', 'b', 'c']);
    expect(order.add('z', 'Z')).toEqual([]);
    expect(order.add('c', 'C')).toEqual([]);
    expect(order.add('y', 'Y')).toEqual([]);
    expect(order.add('a', 'A')).toEqual(['A']);
    expect(order.rest()).toEqual(['C', 'Y', 'Z']);
    expect(order.waiting).toBe(0);
  });

  it('refuses a key given twice', () => {
    const order = new InOrder<number>(['a', 'b']);
    order.add('b', 1);
    expect(() => order.add('b', 2)).toThrow(/b was given twice/);
  });
});
