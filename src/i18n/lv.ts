const latvianPlural = new Intl.PluralRules('lv');

/** Every string a reader sees, in one place. */
export const ui = {
  siteName: 'Microsoft 365 palīdzība latviski',
  skipLink: 'Pāriet uz saturu',
  lastUpdated: 'Atjaunināts',
  machineTranslationNotice:
    'Šis raksts ir mašīntulkots. Tulkojumā var būt neprecizitātes; šaubu gadījumā skatiet oriģinālu angļu valodā.',
  sourceLabel: 'Avots:',
  sourceName: 'Microsoft 365 palīdzības raksti (Alchemy Insights)',
  licenceLabel: 'Licence:',
  licenceName: 'CC BY 4.0',
  articleListTitle: 'Raksti',
  articleListDescription: (count: number) =>
    `${count} Microsoft 365 palīdzības ${latvianPlural.select(count) === 'one' ? 'raksts' : 'raksti'} latviešu valodā.`,
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
} as const;
