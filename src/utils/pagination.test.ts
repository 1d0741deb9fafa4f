import { describe, expect, it } from 'vitest';
import { articleListPath, GAP, pageWindow, paginate } from './pagination.ts';

describe('paginate', () => {
  it('splits into pages of a fixed size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps every page at most the page size however many items there are', () => {
    const items = Array.from({ length: 2815 }, (_, index) => index);
    const pages = paginate(items, 100);
    expect(pages).toHaveLength(29);
    expect(Math.max(...pages.map((page) => page.items.length))).toBe(100);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it('gives one empty page for no items', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });
});

describe('articleListPath', () => {
  it("puts the first page at the list's own address and the rest below it", () => {
    expect(articleListPath('/', 1, 'raksti')).toBe('/raksti/');
    expect(articleListPath('/palidziba', 1, 'raksti')).toBe('/palidziba/raksti/');
    expect(articleListPath('/palidziba/', 3, 'raksti')).toBe('/palidziba/raksti/3/');
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and the neighbours of the current page of a long list, with gaps', () => {
    expect(pageWindow(1, 282)).toEqual([1, 2, 3, GAP, 282]);
    expect(pageWindow(150, 282)).toEqual([1, GAP, 148, 149, 150, 151, 152, GAP, 282]);
    expect(pageWindow(282, 282)).toEqual([1, GAP, 280, 281, 282]);
  });

  it('shows a single missing page instead of a gap', () => {
    expect(pageWindow(5, 282)).toEqual([1, 2, 3, 4, 5, 6, 7, GAP, 282]);
  });

  it('stays the same size however long the list', () => {
    expect(pageWindow(5000, 10000)).toHaveLength(9);
  });
});
