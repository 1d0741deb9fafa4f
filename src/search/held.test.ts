import { describe, expect, test } from 'vitest';
import { holdsEveryWord } from './held.ts';
import { searchTerms } from './query.ts';

const words = (query: string) => searchTerms(query).split(' ');

describe('whether a page holds the query', () => {
  test('holds a form of each word, at the start of a word, whatever its case', () => {
    const content = 'Pardosanas parskats. Skatiet piedavajumus un darba saksanu.';
    expect(holdsEveryWord(content, words('pārdošana'))).toBe(true);
    expect(holdsEveryWord(content, words('piedāvājumu pārskatu'))).toBe(true);
  });

  test('a shorter word Pagefind searched for in its place is not the query', () => {
    // "pārdošana" cut back to "pa" by an index that lacks it: the page holds "pa", not the word.
    const content = 'Parskatiet piedavajumu un nosutiet to klientam pa e-pastu.';
    expect(holdsEveryWord(content, words('pārdošana'))).toBe(false);
    // Every word, not one of them.
    expect(holdsEveryWord(content, words('piedāvājumu pārdošana'))).toBe(false);
  });

  test('inside a word is not at its start; a hyphenated word is found joined too', () => {
    expect(holdsEveryWord('Atpardosana', ['pardosan'])).toBe(false);
    expect(holdsEveryWord('Sutiet pa e-pastu.', ['epast'])).toBe(true);
    expect(holdsEveryWord('Sutiet pa e-pastu.', ['past'])).toBe(true);
  });
});
