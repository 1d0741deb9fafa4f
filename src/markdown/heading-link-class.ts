/**
 * The class of a section's link (./heading-links.ts), in a module of its own so that the search
 * page's script can use it without the slugger: the index leaves these links out, and so do the
 * excerpts, as their "#" is not a word of the article.
 */
export const HEADING_LINK_CLASS = 'heading-link';
