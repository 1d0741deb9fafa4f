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
 * A query in double quotes is an exact phrase, which Pagefind matches word for word: it is left
 * as it is.
 */
export function searchTerms(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return trimmed;
  return Array.from(trimmed.normalize('NFC').matchAll(LATVIAN_WORD), ([word]) => stemLatvian(word)).join(' ');
}
