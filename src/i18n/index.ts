import { isLang, LOCALES, type Lang, type Locale } from './locales.ts';

export { LANGS, LOCALES, isLang, type Lang, type Locale } from './locales.ts';

/** The table row of a language: its strings, Intl locale, route segments and ids. */
export function useLocale(lang: Lang): Locale {
  return LOCALES[lang];
}

/** The UI strings of a language, as Starlight's and the Astro docs' `useTranslations` give them. */
export function useTranslations(lang: Lang): Locale['strings'] {
  return LOCALES[lang].strings;
}

/**
 * The language a document is written in, from a BCP 47 tag such as its `ms.contentlocale`
 * ("lv-LV" → "lv"); the site's own language when the tag is missing or has no table row.
 */
export function langOf(tag: unknown, fallback: Lang): Lang {
  if (typeof tag !== 'string') return fallback;
  const language = tag.trim().toLowerCase().split('-')[0] ?? '';
  return isLang(language) ? language : fallback;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar day as the language writes it in running text: "2021. gada 27. augusts". */
export function formatDate(date: Date, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** Compares titles in the language's alphabetical order. */
export function titleCollator(lang: Lang): Intl.Collator {
  return new Intl.Collator(LOCALES[lang].intl);
}
