/**
 * Whether an index's results hold the query, or only what Pagefind put in its place.
 *
 * Why: when no word of an index starts with a query word, Pagefind does not answer "nothing": it
 * cuts the word from its end until some word of the index starts with what is left ("pārdošana"
 * becomes "pa") and answers with the pages holding that (its "backtracking", Pagefind issues 599
 * and 780, with no option to turn it off). In one index that happens only when the whole site lacks
 * the word. An index in shards (./shards.ts) is searched shard by shard, and a word that a few
 * pages hold is missing from the other shards: each of them would add pages that hold "pa" to the
 * pages that hold "pārdošana". So the search page asks each index for its best result and keeps an
 * index's results only when that page holds every word of the query: Pagefind's answer holds every
 * word (it searches for pages holding all of them), and an index that cut a word holds no word
 * starting with it at all.
 */

/** The Pagefind filter the search page gives each index it searches (its place in the list, from 0). */
export const INDEX_FILTER = 'index';

/**
 * Whether the text Pagefind keeps of a page (folded, as the index holds its words) holds, for each
 * query word, a word starting with it. A word Pagefind joined across a hyphen ("e-pasts" is also
 * "epasts" in the index) is found joined too.
 */
export function holdsEveryWord(content: string, words: readonly string[]): boolean {
  const text = content.toLocaleLowerCase('lv');
  const joined = text.replace(/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, '');
  return words
    .map((word) => word.toLocaleLowerCase('lv'))
    .filter((word) => word !== '')
    .every((word) => startsAWord(text, word) || startsAWord(joined, word));
}

function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}
