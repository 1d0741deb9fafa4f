import { brotliCompressSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { useLocale } from '../../src/i18n/index.ts';

/** What the navigation adds to an article page: the header's search form and everything the article layout adds around the text. */
const NAVIGATION = ['.search-form', 'nav.breadcrumbs', 'nav.contents', 'nav.sequence', 'a.heading-link'];

/**
 * The bytes, brotli-compressed, that finding one's way costs an article page: the page as built
 * against the same page without its navigation (both written by the same parser, so that
 * only what was taken out differs).
 */
export function navigationCost(html: string): { with: number; without: number; cost: number } {
  const document = parse(html);
  const withNavigation = brotliCompressSync(document.toString()).byteLength;
  for (const selector of NAVIGATION) for (const node of document.querySelectorAll(selector)) node.remove();
  document.getElementById(useLocale('lv').ids.headingLink)?.remove();
  for (const wrapper of document.querySelectorAll('div.heading')) wrapper.replaceWith(...wrapper.childNodes);
  for (const node of document.querySelectorAll('[data-pagefind-body]')) node.removeAttribute('data-pagefind-body');
  const without = brotliCompressSync(document.toString()).byteLength;
  return { with: withNavigation, without, cost: withNavigation - without };
}
