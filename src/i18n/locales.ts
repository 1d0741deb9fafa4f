import { lv, type UiStrings } from './lv.ts';

/** Everything that differs between the languages a site can be published in. */
export interface Locale {
  /** The `lang` of every page. */
  lang: string;
  /** The locale Intl formats dates, sorts titles and picks plurals by. */
  intl: string;
  /** Microsoft Learn's path segment for the language, where site-relative Docs links point ("/lv-lv"). */
  learnPath: string;
  /** Route segments a reader sees in addresses. */
  routes: {
    /** The A–Z list of every article: "/raksti/", "/raksti/2/". */
    articleList: string;
    /** The doc set's whole table of contents. */
    toc: string;
    /** The search page; a search is linked as "/meklet/?q=licence". */
    search: string;
  };
  /** Fragment ids that links point at. */
  ids: {
    /** The main content, target of the skip link. */
    main: string;
    /** The title of an article's own contents, which names its navigation. */
    contents: string;
    /** The hidden words that, with a heading's own, name the link to that heading. */
    headingLink: string;
  };
  strings: UiStrings;
}

/** The one table of languages. Add a row (and a strings file) to publish in another language. */
export const LOCALES = {
  lv: {
    lang: 'lv',
    intl: 'lv',
    learnPath: '/lv-lv',
    routes: { articleList: 'raksti', toc: 'satura-raditajs', search: 'meklet' },
    // A colon no heading slug has: these ids never meet an article's own.
    ids: { main: 'saturs', contents: 'saja:raksta', headingLink: 'saite:sadala' },
    strings: lv,
  },
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALES;

export const LANGS = Object.keys(LOCALES) as Lang[];

export function isLang(value: string): value is Lang {
  return Object.hasOwn(LOCALES, value);
}
