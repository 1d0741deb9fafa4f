import { describe, expect, it } from 'vitest';
import { formatDate, langOf, titleCollator, useLocale, useTranslations } from './index.ts';
import { LOCALES } from './locales.ts';

describe('the locale table', () => {
  it('gives every string of every language words', () => {
    const empty: string[] = [];
    const visit = (value: unknown, at: string) => {
      if (typeof value === 'string' && value.trim() === '') empty.push(at);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) visit(inner, `${at}.${key}`);
      }
    };
    for (const [lang, locale] of Object.entries(LOCALES)) visit(locale.strings, lang);
    expect(empty).toEqual([]);
    expect(Object.keys(LOCALES.lv.strings).length).toBeGreaterThan(10);
  });

  it('looks strings, routes and ids up by language', () => {
    expect(useTranslations('lv').alert.note).toBe('Piezīme');
    expect(useLocale('lv')).toMatchObject({
      learnPath: '/lv-lv',
      routes: { articleList: 'raksti', toc: 'satura-raditajs' },
      ids: { main: 'saturs' },
    });
  });
});

describe('langOf', () => {
  it('reads the language of a BCP 47 tag, falling back to the site language', () => {
    expect(langOf('lv-LV', 'lv')).toBe('lv');
    expect(langOf('LV', 'lv')).toBe('lv');
    expect(langOf('de-DE', 'lv')).toBe('lv');
    expect(langOf(undefined, 'lv')).toBe('lv');
  });
});

describe('formatting by language', () => {
  it('writes the Latvian long date', () => {
    expect(formatDate(new Date(Date.UTC(2021, 7, 7)), 'lv')).toBe('2021. gada 7. augusts');
    expect(formatDate(new Date(Date.UTC(2020, 0, 31)), 'lv')).toBe('2020. gada 31. janvāris');
  });

  it('sorts by the Latvian alphabet: č after c, š after s, ž after z', () => {
    const titles = ['Šifrēšana', 'Zvani', 'Cenas', 'Žurnāls', 'Čats', 'Sapulces', 'Ārējā koplietošana', 'Atļaujas'];
    expect(titles.sort(titleCollator('lv').compare)).toEqual([
      'Atļaujas',
      'Ārējā koplietošana',
      'Cenas',
      'Čats',
      'Sapulces',
      'Šifrēšana',
      'Zvani',
      'Žurnāls',
    ]);
  });
});
