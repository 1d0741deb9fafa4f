/**
 * How articles are parsed, by the checks, the pages and the includes alike. The text is
 * published word for word (typographic quotes would change it); raw HTML is parsed, so what
 * reaches the page is well-formed.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false, rawHtml: true } as const;
