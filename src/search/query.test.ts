import { describe, expect, it } from 'vitest';
import { chunkHints, fold, searchTerms } from './query.ts';

/** Pagefind's view of a word in the index: lower case, diacritics folded. */
const folded = (word: string) => word.toLocaleLowerCase('lv').normalize('NFD').replace(/\p{M}/gu, '');

describe('searchTerms', () => {
  it('stems each word the reader typed, and folds its diacritics', () => {
    expect(searchTerms('licenci pārsūtīt')).toBe('licenc parsut');
    expect(searchTerms('  Pastkastēm ')).toBe('pastkast');
    expect(searchTerms('lietotājiem ierīcēs')).toBe('lietotaj ieric');
  });

  it('folds as Pagefind does: every mark off, whatever the letter', () => {
    expect(fold('āčēģīķļņšūž')).toBe('acegiklnsuz');
    expect(fold('Ñandú')).toBe('Nandu');
  });

  it('drops punctuation between words', () => {
    expect(searchTerms('licence, (pastkaste)!')).toBe('licenc pastkast');
  });

  it('leaves a quoted phrase as typed', () => {
    expect(searchTerms('"licenču pārsūtīšana"')).toBe('"licenču pārsūtīšana"');
  });

  it('gives nothing for a query of no words', () => {
    expect(searchTerms(' ?! ')).toBe('');
  });

  // The design rests on this: a stem, folded, starts every form of its word, folded.
  it.each([
    ['licenci', ['licence', 'licences', 'licencei', 'licenču', 'licencēm', 'licencēs']],
    ['pastkastēm', ['pastkaste', 'pastkastes', 'pastkasti', 'pastkastē', 'pastkastu', 'pastkastēm']],
    ['lodziņš', ['lodziņa', 'lodziņam', 'lodziņu', 'lodziņi', 'lodziņos', 'lodziņš']],
    ['pārsūtīt', ['pārsūtīt', 'pārsūtiet', 'pārsūtīšana', 'pārsūta']],
    ['zivs', ['zivs', 'zivij', 'zivju', 'zivīm']],
    ['lietotājs', ['lietotājs', 'lietotāja', 'lietotāju', 'lietotājiem', 'lietotājam']],
  ])('"%s" starts every folded form of its word', (query, forms) => {
    const term = folded(searchTerms(query));
    for (const form of forms) expect(folded(form).startsWith(term), `${form} after ${term}`).toBe(true);
  });
});

describe('chunkHints', () => {
  it('names the place of each letter of a stem that has a diacritic, and of a last consonant that may palatalise', () => {
    expect(chunkHints('lietotājiem')).toEqual(['lietotþ']);
    expect(chunkHints('licenci')).toEqual(['licenþ']);
    expect(chunkHints('pārsūtīt')).toEqual(['pþ', 'parsþ']);
    expect(chunkHints('Outlook')).toEqual([]);
  });

  it('gives each place once, and none for a quoted phrase', () => {
    expect(chunkHints('lietotājs lietotāju')).toEqual(['lietotþ']);
    expect(chunkHints('"lietotāju licences"')).toEqual([]);
  });
});
