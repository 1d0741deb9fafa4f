const plural = new Intl.PluralRules('lv');

/** Every Latvian string a reader sees. Other languages give the same keys (see ./locales.ts). */
export const lv = {
  skipLink: 'Pāriet uz saturu',
  lastUpdated: 'Atjaunināts',
  machineTranslationNotice:
    'Šis raksts ir mašīntulkots. Tulkojumā var būt neprecizitātes; šaubu gadījumā skatiet oriģinālu angļu valodā.',
  sourceLabel: 'Avots:',
  licenceLabel: 'Licence:',
  articleListTitle: 'Raksti',
  /** "2815 Microsoft 365 palīdzības raksti latviešu valodā." with the site's own subject. */
  articleListDescription: (count: number, subject: string) =>
    `${count} ${subject} ${plural.select(count) === 'one' ? 'raksts' : 'raksti'} latviešu valodā.`,
  articleListPageTitle: (page: number, pages: number) => `Raksti, ${page}. lapa no ${pages}`,
  pagination: 'Lapas',
  previousPage: 'Iepriekšējā lapa',
  nextPage: 'Nākamā lapa',
  pageNumber: (page: number) => `${page}. lapa`,
  notFoundTitle: 'Lapa nav atrasta',
  notFoundText: 'Meklētā lapa neeksistē vai ir pārvietota.',
  notFoundHomeLink: 'Atgriezties sākumlapā',
  homeLink: 'Sākumlapa',
  alert: {
    note: 'Piezīme',
    tip: 'Padoms',
    important: 'Svarīgi!',
    warning: 'Brīdinājums',
    caution: 'Uzmanību!',
  },
  videoLink: 'Skatīties videoklipu',
};

export type UiStrings = typeof lv;
