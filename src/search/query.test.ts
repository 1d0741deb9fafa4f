import { describe, expect, it } from 'vitest';
import { fold, formsToPreload, searchTerms } from './query.ts';

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

  it('folds a whole page as it folds each of its words, marks written apart and Hangul syllables too', () => {
    const whole = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    const texts = [
      '<p class="a">Licenču <strong>pārsūtīšana</strong> — “nomnieki” 😀</p>',
      // A letter and its mark written as two characters, the mark on an ASCII letter.
      'a\u0304b e\u0301 <\u0338 =\u0338 \u0041\u030A',
      // Jamo that compose into one syllable, and a syllable that takes a final jamo.
      '\u1100\u1161\u11A8 \uAC00\u11A8 x\u1100\u1161',
      'ǅ ﬁ Å Ω ḱ ṩ ẛ̣ q̣̇',
    ];
    for (const text of texts) expect(fold(text), text).toBe(whole(text));
  });

  it('drops punctuation between words', () => {
    expect(searchTerms('licence, (pastkaste)!')).toBe('licenc pastkast');
  });

  it('leaves a quoted phrase unstemmed, only folded', () => {
    expect(searchTerms('"Licenču pārsūtīšana"')).toBe('"Licencu parsutisana"');
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

describe('formsToPreload', () => {
  it("gives the folded forms of each word's stem with every ending, a labial's with and without j", () => {
    const forms = formsToPreload('lietotājiem zivs');
    for (const form of ['lietotajs', 'lietotaja', 'lietotajiem', 'lietotajus', 'zivs', 'zivju', 'zivim']) {
      expect(forms).toContain(form);
    }
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives none for a quoted phrase', () => {
    expect(formsToPreload('"lietotāju licences"')).toEqual([]);
  });
});
