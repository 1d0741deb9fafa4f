import { LATVIAN_WORD } from './latvian-stemmer.ts';
import { fold } from './query.ts';

/** A run of an excerpt's text, and whether it is one of the words the search matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words an excerpt shows. */
export const EXCERPT_WORDS = 30;

/**
 * The stretch of an article's text with the most words the search matched, those words marked:
 * a word matches when, folded and in lower case, it starts with one of the query's terms, as
 * Pagefind matches it. Built from the article's own text, so the excerpt shows its words as
 * written (the index holds them folded; see src/integrations/search-index.ts).
 */
export function excerptOf(text: string, terms: readonly string[], length = EXCERPT_WORDS): ExcerptPart[] {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = Array.from(flat.matchAll(LATVIAN_WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    matched: terms.some((term) => term !== '' && fold(match[0].toLocaleLowerCase('lv')).startsWith(term)),
  }));
  if (words.length === 0) return flat === '' ? [] : [{ text: flat, marked: false }];

  // The first window of `length` words that holds the most matches, then centred on them.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let index = 0; index < words.length; index++) {
    if (words[index]!.matched) count++;
    if (index >= length && words[index - length]!.matched) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, index - length + 1);
    }
  }
  const inWindow = words.slice(best, best + length).flatMap((word, index) => (word.matched ? [best + index] : []));
  if (inWindow.length > 0) {
    const span = inWindow.at(-1)! - inWindow[0]! + 1;
    best = Math.min(Math.max(0, inWindow[0]! - Math.floor((length - span) / 2)), Math.max(0, words.length - length));
  }
  const first = words[best]!;
  const last = words[Math.min(words.length, best + length) - 1]!;

  const parts: ExcerptPart[] = [];
  const push = (part: ExcerptPart) => {
    if (part.text === '') return;
    const previous = parts.at(-1);
    if (previous && previous.marked === part.marked && !part.marked) previous.text += part.text;
    else parts.push(part);
  };
  // From the start of the text, or from an ellipsis.
  if (best > 0) push({ text: '… ', marked: false });
  let at = best > 0 ? first.start : 0;
  for (const word of words.slice(best, best + length)) {
    push({ text: flat.slice(at, word.start), marked: false });
    push({ text: flat.slice(word.start, word.end), marked: word.matched });
    at = word.end;
  }
  const tail =
    last.end < flat.length
      ? flat
          .slice(at)
          .match(/^[^\p{L}\p{N}]*/u)![0]
          .trimEnd()
      : flat.slice(at);
  push({ text: tail, marked: false });
  if (last.end + tail.length < flat.length) push({ text: ' …', marked: false });
  return parts;
}
