import { describe, expect, it } from 'vitest';
import { isShardFolder, shardFolder, shardsOf } from './shards.ts';

const pages = (count: number) => Array.from({ length: count }, (_, at) => `p${at + 1}`);

describe('search index shards', () => {
  it('are one while the pages are within the bound', () => {
    expect(shardsOf(pages(3), 3)).toEqual([['p1', 'p2', 'p3']]);
    expect(shardsOf([], 3)).toEqual([[]]);
  });

  it('are as few pairs as the bound allows, the pages dealt out in turn', () => {
    expect(shardsOf(pages(7), 3)).toEqual([['p1', 'p5'], ['p2', 'p6'], ['p3', 'p7'], ['p4']]);
    expect(shardsOf(pages(6), 3)).toEqual([
      ['p1', 'p3', 'p5'],
      ['p2', 'p4', 'p6'],
    ]);
  });

  it('hold every page once and none over the bound, in pairs past one, whatever the count', () => {
    for (const [count, bound, expected] of [
      [1, 1, 1],
      [10, 1, 10],
      [9, 1, 10],
      [28_150, 30_000, 1],
      [28_150, 15_000, 2],
      [98_525, 15_000, 8],
      [3_010, 1_100, 4],
    ] as const) {
      const shards = shardsOf(pages(count), bound);
      expect(shards).toHaveLength(expected);
      expect(shards.flat().sort()).toEqual(pages(count).sort());
      expect(Math.max(...shards.map((shard) => shard.length))).toBeLessThanOrEqual(bound);
    }
  });

  it('live in the index folder, the first in it and the others below it', () => {
    expect([1, 2, 10].map(shardFolder)).toEqual(['', 'shard-2/', 'shard-10/']);
    expect(['shard-2/', 'shard-10/'].every(isShardFolder)).toBe(true);
    // shards.json names folders below the index's own, and nothing the search page would load from elsewhere.
    for (const name of ['', '../shard-2/', 'shard-2', '//example.com/', 'shard-2/../../', 2, null]) {
      expect(isShardFolder(name)).toBe(false);
    }
  });
});
