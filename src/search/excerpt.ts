/** A run of an excerpt's text, and whether it is one of the words the search matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt as text runs, for the page to build with text nodes and `<mark>`
 * elements. Why not as HTML: the excerpt is the article's text with only `<` and `>` escaped
 * and `<mark>` around matched words, so it is HTML that would take any `&…;` in an article
 * for an entity. Read this way, no excerpt is ever markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text !== '') parts.push({ text, marked });
  }
  return parts;
}
