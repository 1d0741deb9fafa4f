import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt.ts';

describe('excerptParts', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptParts('Kā <mark>pārsūtīt</mark> <mark>licences</mark>?')).toEqual([
      { text: 'Kā ', marked: false },
      { text: 'pārsūtīt', marked: true },
      { text: ' ', marked: false },
      { text: 'licences', marked: true },
      { text: '?', marked: false },
    ]);
  });

  it('turns the escaped angle brackets back into text, never into tags', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; un <mark>&lt;b&gt;</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> un ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });

  it('leaves other entities as the article wrote them', () => {
    expect(excerptParts('A &amp; B')).toEqual([{ text: 'A &amp; B', marked: false }]);
  });
});
