import { endsInLabial, LATVIAN_ENDINGS, LATVIAN_WORD, stemLatvian } from './latvian-stemmer.ts';

/**
 * What the search page asks Pagefind for, given what the reader typed.
 *
 * Why only the query is stemmed: Pagefind matches each query word as the start of a word in the
 * index, and the index holds words folded (ē → e, č → c). A stem is the start of every form of
 * its word once folded: the stemmer only cuts an ending and un-palatalises the last consonant
 * (č → c, ņ → n, š → s…), which is exactly the fold. So "licenci" → "licenc" meets "licence",
 * "licenču" and "licencēm". The price is precision: "liet" (lieta) also meets "lietotājs".
 *
 * The stems go to Pagefind folded ("licenc", "parsut"), as the index holds the words
 * (src/integrations/search-index.ts says why).
 *
 * A query in double quotes is an exact phrase, which Pagefind matches word for word: it is only
 * folded.
 */
export function searchTerms(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return fold(trimmed.normalize('NFC'));
  return Array.from(trimmed.normalize('NFC').matchAll(LATVIAN_WORD), ([word]) => fold(stemLatvian(word))).join(' ');
}

/**
 * The forms of the query's words, folded, for the page to preload before it searches.
 *
 * Why: Pagefind keeps its index in chunks of sorted words, and for a query word loads the chunk
 * where that word would sit, not every chunk of the words it starts. On a large site the forms of
 * one word fill several chunks ("lietotaja" … "lietotajus"), and a stem alone loaded only the
 * first: of the collection's 1,058 articles holding a form of "lietotājs", 178 were missed.
 * Preloading the stem with every ending the stemmer knows loads each chunk a form can be in.
 */
export function formsToPreload(query: string): string[] {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return [];
  const forms = new Set<string>();
  for (const [word] of trimmed.normalize('NFC').matchAll(LATVIAN_WORD)) {
    const stem = stemLatvian(word);
    const joins = endsInLabial(stem) ? ['', 'j'] : [''];
    for (const join of joins) for (const ending of LATVIAN_ENDINGS) forms.add(fold(`${stem}${join}${ending}`));
  }
  return [...forms];
}

/**
 * Without diacritics, as the index holds words: "pārsūt" → "parsut". Only runs of characters
 * beyond ASCII are touched: a page is mostly ASCII markup, which folds to itself, and a mark
 * written apart from its letter is itself beyond ASCII, in the same run as what follows it.
 */
export function fold(text: string): string {
  return text.replace(/[^\0-\x7f]+/g, (run) => run.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
}
