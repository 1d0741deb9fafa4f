import { describe, expect, it } from 'vitest';
import { articleIndexPages, byTitle } from './article-order.ts';

const articles = (titles: string[]) => titles.map((title) => ({ id: title, title, updated: undefined }));

describe('the article index order', () => {
  it('sorts by title in the language of the site', () => {
    const sorted = byTitle(articles(['Zvani', 'Čats', 'Cenas']), 'lv').map((article) => article.title);
    expect(sorted).toEqual(['Cenas', 'Čats', 'Zvani']);
  });

  it('lists articles of one title by address, in whatever order they came', () => {
    const same = [
      { id: 'b', title: 'Cenas', updated: undefined },
      { id: 'a', title: 'Cenas', updated: undefined },
    ];
    expect(byTitle(same, 'lv').map((article) => article.id)).toEqual(['a', 'b']);
    expect(byTitle([...same].reverse(), 'lv').map((article) => article.id)).toEqual(['a', 'b']);
  });

  it('pages the sorted list, 100 titles a page', () => {
    const titles = Array.from({ length: 150 }, (_, index) => `Raksts ${String(149 - index).padStart(3, '0')}`);
    const pages = articleIndexPages(articles(titles), 'lv');
    expect(pages.map((page) => page.items.length)).toEqual([100, 50]);
    expect(pages[0]!.items[0]!.title).toBe('Raksts 000');
  });
});
