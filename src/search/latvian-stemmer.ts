/**
 * A light stemmer for Latvian, for the site's search.
 *
 * Why: Pagefind stems the languages it knows, and Latvian is not one of them, so a query for "licence" would not
 * find "licenču" or "licencēm". The index and the queries both go through `stemLatvian`, so the inflected forms of
 * a word meet on one stem. A stem is a search key, not a word ("licenču" → "licenc", "drošs" → "dros").
 *
 * What: a light stemmer in the spirit of Kreslins' 1996 Latvian stemmer, as lightened in Lucene's LatvianStemmer.
 * 1. Remove one ending, the longest that fits, and only if the stem left keeps at least three letters and a vowel
 *    (a syllable). The endings are the case endings of nouns and adjectives (definite ones too) and, beyond Lucene,
 *    those of the infinitive, the imperative and the reflexive verb, so "pārsūtīt" meets "pārsūtiet".
 * 2. Un-palatalise the end of the stem: č → c, ļ → l, ņ → n, š → s, ž → z, a labial + j → the labial
 *    (pj, bj, mj, vj, fj), and for ļ and ņ the consonant before as well (šņ → sn, žņ → zn, šļ → sl, žļ → zl,
 *    ļņ → ln, ļļ → ll, ņņ → nn). Lucene does this only after the endings that palatalise; here it is done to
 *    every stem, so that a stem never ends in a palatalised consonant and "lodziņš" meets "lodziņa".
 *
 * Limits: š is the palatalised form of both s and t, and ž of both z and d. They are read as s and z, so "saišu"
 * does not meet "saite" (nor "vižu" "vide"): joining them would also join every stem ending in t with one ending
 * in s. Past tenses and participles are not stemmed to the infinitive.
 *
 * Each word is a single pass: a scan for its first vowel, then a look-up among the few endings that share its last
 * letter. No regular expressions are run on words.
 */

/** A word, as Pagefind and the stemmer see it: letters (with any combining marks) and digits. */
export const LATVIAN_WORD = /[\p{L}\p{M}\p{N}]+/gu;

const MIN_STEM_LENGTH = 3;
const VOWELS = new Set('aāeēiīouū');

/** Case endings of nouns and adjectives (Lucene's list, from Kreslins). */
const NOMINAL_ENDINGS =
  'ajiem ajai ajām ajās ajam ajos ajā iem ais ai ei ām ēm īm am im um ij as ās es ēs is īs os us ie a ā e ē i ī o u ū s š';

/** Infinitive, imperative (2nd person plural) and reflexive endings of verbs. */
const VERBAL_ENDINGS = 'ējieties ojieties ieties ēties īties āties oties ējiet ājiet ojiet iet ēt īt āt ot ūt';

/** Consonants after which a final t is the infinitive ending (ņemt, likt, dzēst, atvērt, celt, kāpt, griezt). */
const INFINITIVE_T_AFTER = new Set('bgklmprsz');

/** Palatalised consonant → plain one. */
const PLAIN: Readonly<Record<string, string>> = { č: 'c', ļ: 'l', ņ: 'n', š: 's', ž: 'z' };
/** The first consonant of a palatalised pair before ļ or ņ: šņ, žņ, šļ, žļ, ļņ, ļļ, ņņ. */
const PLAIN_BEFORE_L_OR_N: Readonly<Record<string, string>> = { ļ: 'l', ņ: 'n', š: 's', ž: 'z' };
/** Labials palatalise by taking a j: skapis → skapja, zivs → zivju. */
const LABIALS = new Set('bfmpv');

/** Every ending the stemmer takes off, and the bare infinitive's "t": what may follow a stem in a form of its word. */
export const LATVIAN_ENDINGS: readonly string[] = [...`${NOMINAL_ENDINGS} ${VERBAL_ENDINGS}`.split(' '), 't'];

/** Whether a stem ends in a labial, whose forms may add a "j" before the ending (zivs → zivju). */
export function endsInLabial(stem: string): boolean {
  return LABIALS.has(stem.charAt(stem.length - 1));
}

/** The endings by their last letter, longest first, so a word is checked only against endings it could have. */
const ENDINGS_BY_LAST_LETTER = new Map<string, string[]>();
for (const ending of `${NOMINAL_ENDINGS} ${VERBAL_ENDINGS}`.split(' ').sort((a, b) => b.length - a.length)) {
  const last = ending.slice(-1);
  ENDINGS_BY_LAST_LETTER.set(last, [...(ENDINGS_BY_LAST_LETTER.get(last) ?? []), ending]);
}

/** The stem of one Latvian word: lower-cased, NFC, without its ending. Never empty for a non-empty word. */
export function stemLatvian(word: string): string {
  const lower = word.toLocaleLowerCase('lv').normalize('NFC');
  return unpalatalise(lower.slice(0, endingStart(lower)));
}

/** Where the ending starts: the longest ending that leaves enough of a stem, else the whole word. */
function endingStart(word: string): number {
  let firstVowel = 0;
  while (firstVowel < word.length && !VOWELS.has(word.charAt(firstVowel))) firstVowel++;
  const keeps = (stemLength: number) => stemLength >= MIN_STEM_LENGTH && firstVowel < stemLength;

  for (const ending of ENDINGS_BY_LAST_LETTER.get(word.slice(-1)) ?? []) {
    const start = word.length - ending.length;
    if (keeps(start) && word.endsWith(ending)) return start;
  }
  const bareInfinitive = word.endsWith('t') && INFINITIVE_T_AFTER.has(word.charAt(word.length - 2));
  return bareInfinitive && keeps(word.length - 1) ? word.length - 1 : word.length;
}

/** A stem never ends in a palatalised consonant: the plain one stands for both. */
function unpalatalise(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  if (last === 'j') return LABIALS.has(before) ? stem.slice(0, -1) : stem;
  const plain = PLAIN[last];
  if (plain === undefined) return stem;
  const plainBefore = last === 'ļ' || last === 'ņ' ? PLAIN_BEFORE_L_OR_N[before] : undefined;
  return plainBefore === undefined ? stem.slice(0, -1) + plain : stem.slice(0, -2) + plainBefore + plain;
}
