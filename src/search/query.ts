import { LATVIAN_WORD, stemLatvian } from './latvian-stemmer.ts';

/**
 * What the search page asks Pagefind for, given what the reader typed.
 *
 * Why only the query is stemmed: Pagefind matches each query word as the start of a word in the
 * index, and folds diacritics on both sides (ē → e, č → c). A stem is the start of every form of
 * its word once folded: the stemmer only cuts an ending and un-palatalises the last consonant
 * (č → c, ņ → n, š → s…), which is exactly the fold. So "licenci" → "licenc" meets "licence",
 * "licenču" and "licencēm", and the index keeps the words as written, for excerpts that mark the
 * reader's own words. The price is precision: "liet" (lieta) also meets "lietotājs".
 *
 * The stems go to Pagefind already folded ("licenc", "parsut"): Pagefind folds a query too, but
 * picks the index chunks to load by the query as typed, and so a stem with diacritics missed
 * some chunks of folded words ("lietotāj" found 1,060 articles of the collection, "lietotaj" all
 * 1,091).
 *
 * A query in double quotes is an exact phrase, which Pagefind matches word for word: it is left
 * as it is.
 */
export function searchTerms(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return trimmed;
  return Array.from(trimmed.normalize('NFC').matchAll(LATVIAN_WORD), ([word]) => fold(stemLatvian(word))).join(' ');
}

/** The consonants whose palatalised forms (č, ļ, ņ, š, ž) the stemmer writes plain at a stem's end. */
const PALATALISED_AS = new Set('clnsz');

/**
 * Where else in the index the forms of the query's words may be: one term per place, for the
 * page to preload before it searches.
 *
 * Why: Pagefind keeps its index in chunks of words sorted as written, letter by letter, where
 * every letter with a diacritic comes after "z"; it folds a query, then loads the chunk the
 * folded word falls in. So the forms of "lietotājs" sit after "lietotz…", in a chunk the folded
 * "lietotaj" need not load (31 of 1,091 articles of the collection were missed). A term that
 * ends in "þ" (after "z", before "ā", and left alone by the folding) falls at the start of the
 * words whose next letter has a diacritic: "lietotþ" loads their chunk. One such term for each
 * letter of a stem that has a diacritic, and for a last consonant a form may palatalise
 * ("licenc" → "licenþ" for "licenču").
 */
export function chunkHints(query: string): string[] {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return [];
  const hints = new Set<string>();
  for (const [word] of trimmed.normalize('NFC').matchAll(LATVIAN_WORD)) {
    const stem = stemLatvian(word);
    [...stem].forEach((letter, at) => {
      const last = at === stem.length - 1;
      if (fold(letter) !== letter || (last && PALATALISED_AS.has(letter))) hints.add(`${fold(stem.slice(0, at))}þ`);
    });
  }
  return [...hints];
}

/** Without diacritics, as Pagefind compares words: "pārsūt" → "parsut". */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
