import { fold } from './query.ts';

const MARK = ' data-pagefind-body';
/** What before the first marked element Pagefind would still read: its title, image and metadata. */
const READ_BEFORE_MARK = /<h1[\s>]|<img[\s>]|data-pagefind-/i;

/**
 * What Pagefind is given of a built page: its `<html lang>` and everything from the first element
 * marked `data-pagefind-body` on, without diacritics (see fold in ./query.ts). A page with marked
 * elements is indexed by those alone, and our layouts mark the article's heading and text, which
 * come after the head, the header and the navigation: the bytes before them, on a repository's
 * page mostly its navigation, Pagefind would parse for nothing. The index it writes is the same
 * (28,150 pages, byte for byte). A page that marks nothing, does not say its language, or has
 * before its marked text what Pagefind reads from anywhere on the page (the first heading and
 * image, `data-pagefind-*` metadata) is given whole.
 */
export function indexInput(html: string): string {
  const mark = html.indexOf(MARK);
  const lang = /<html\s+lang="([^"]*)"/i.exec(html.slice(0, 512));
  const open = mark < 0 ? -1 : html.lastIndexOf('<', mark);
  if (open < 0 || !lang || READ_BEFORE_MARK.test(html.slice(0, open))) return fold(html);
  return fold(`<html lang="${lang[1]}"><body>${html.slice(open)}`);
}
