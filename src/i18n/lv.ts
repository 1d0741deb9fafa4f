const plural = new Intl.PluralRules('lv');

/** Every Latvian string a reader sees. Other languages give the same keys (see ./locales.ts). */
export const lv = {
  skipLink: 'Pāriet uz saturu',
  lastUpdated: 'Atjaunināts',
  machineTranslationNotice:
    'Šis raksts ir mašīntulkots. Tulkojumā var būt neprecizitātes; šaubu gadījumā skatiet oriģinālu angļu valodā.',
  originalArticle: 'Oriģināls angļu valodā',
  articleListLink: 'Visi raksti',
  tocTitle: 'Satura rādītājs',
  breadcrumbs: 'Navigācijas ceļš',
  sourceLabel: 'Avots:',
  licenceLabel: 'Licence:',
  articleListTitle: 'Raksti',
  /** "2815 Microsoft 365 palīdzības raksti latviešu valodā." with the site's own subject, if it has one. */
  articleListDescription: (count: number, subject: string | undefined) =>
    `${count} ${subject === undefined ? '' : `${subject} `}${plural.select(count) === 'one' ? 'raksts' : 'raksti'} latviešu valodā.`,
  articleListPageTitle: (page: number, pages: number) => `Raksti, ${page}. lapa no ${pages}`,
  pagination: 'Lapas',
  previousPage: 'Iepriekšējā lapa',
  nextPage: 'Nākamā lapa',
  pageNumber: (page: number) => `${page}. lapa`,
  movedTitle: 'Raksts ir pārvietots',
  movedText: 'Šis raksts tagad atrodas šeit:',
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
  /** In place of a form (DocFX `:::form`), which only Microsoft Learn can show. */
  form: {
    note: 'Šajā vietā raksta oriģinālā Microsoft Learn vietnē ir veidlapa, ko var aizpildīt tikai tur.',
    link: 'Atvērt rakstu Microsoft Learn vietnē',
  },
  image: {
    /** The summary of a complex image's long description, which opens on demand. */
    description: 'Attēla apraksts',
    /** The name of a link to an image's larger version when the image itself has no alt text. */
    largerView: 'Skatīt lielāku attēlu',
    /** Before the alt text of an image whose file the doc set lacks, in its place. */
    missing: 'Attēls nav pieejams:',
  },
  /** Before the name of the variant (programming language, platform…) a part of an article is for. */
  zonePivot: 'Attiecas uz:',
  /** Before the product versions a part of an article is for (a DocFX moniker range). */
  monikerRange: 'Versijas:',
  /** The article's own contents: links to its sections. */
  contents: 'Šajā rakstā',
  /** With the heading's own words, the name of the link to a section: "Saite uz sadaļu Darba sākšana". */
  headingLink: 'Saite uz sadaļu',
  /** Links to the articles before and after this one in the table of contents. */
  previousArticle: 'Iepriekšējais raksts',
  nextArticle: 'Nākamais raksts',
  articleSequence: 'Raksti pēc kārtas',
  search: {
    /** The header form's and the search page's field. */
    label: 'Meklēt rakstos',
    button: 'Meklēt',
    title: 'Meklēšana',
    description: (subject: string | undefined) =>
      `Meklēt ${subject === undefined ? '' : `${subject} `}rakstos latviešu valodā.`,
    /** Shown until JavaScript takes over, and for good without it. */
    needsScript: 'Meklēšanai nepieciešams JavaScript. Visi raksti ir atrodami arī alfabētiskajā sarakstā:',
    searching: 'Meklē…',
    found: (count: number, query: string) =>
      count === 0
        ? `Vaicājumam „${query}” nekas netika atrasts.`
        : `Vaicājumam „${query}” ${plural.select(count) === 'one' ? `atrasts ${count} raksts` : `atrasti ${count} raksti`}.`,
    showing: (shown: number, count: number) => `Parādīti ${shown} no ${count}.`,
    more: 'Rādīt vēl',
    /** The search page's choice of the doc set's part to search in. */
    section: 'Sadaļa',
    allSections: 'Visas sadaļas',
    unavailable: 'Meklēšana pašlaik nav pieejama: meklēšanas indekss netika ielādēts.',
  },
};

export type UiStrings = typeof lv;
