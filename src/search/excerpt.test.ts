import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt.ts';
import { searchTerms } from './query.ts';

const terms = (query: string) => searchTerms(query).split(' ');
const shown = (parts: { text: string; marked: boolean }[]) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('excerptOf', () => {
  it("marks every form of the query's words, as written", () => {
    const parts = excerptOf('Licenču pārsūtīšana. Pārsūtiet licences!', terms('licenci pārsūtīt'));
    expect(shown(parts)).toBe('[Licenču] [pārsūtīšana]. [Pārsūtiet] [licences]!');
  });

  it('shows the stretch with the most matches, with an ellipsis where the text goes on', () => {
    const text = `${'Ievads teksts. '.repeat(20)}Pastkaste un pastkastes. ${'Beigas. '.repeat(20)}`;
    const parts = excerptOf(text, terms('pastkastēm'), 6);
    expect(shown(parts)).toBe('… teksts. [Pastkaste] un [pastkastes]. Beigas. Beigas. …');
  });

  it('starts at the beginning when nothing matches, and keeps text that is only text', () => {
    expect(shown(excerptOf('Viens divi trīs četri.', terms('zzz'), 2))).toBe('Viens divi …');
    expect(shown(excerptOf('Viens divi.', terms('zzz')))).toBe('Viens divi.');
    expect(excerptOf('  ', terms('zzz'))).toEqual([]);
  });

  it('never reads markup into the text: what it gets is what it shows', () => {
    expect(shown(excerptOf('<img src=x onerror=alert(1)> licence', terms('licence')))).toBe(
      '<img src=x onerror=alert(1)> [licence]',
    );
  });
});
