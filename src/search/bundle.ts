/**
 * Where the search index lives in the build output: "<base>pagefind/", beside the pages. One
 * name for the integration that writes it, the page that loads it and the check that keeps
 * articles from taking its address.
 */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The class of the element that holds an article's own text, which search results quote. */
export const ARTICLE_TEXT_CLASS = 'article-body';

/** The address of Pagefind's module for a site at `base` ("/palidziba/pagefind/pagefind.js"). */
export function pagefindModule(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${SEARCH_INDEX_DIR}/pagefind.js`;
}

/**
 * What Pagefind writes that the site uses: its module, the index and its fragments, the
 * WebAssembly and the language metadata. The rest is Pagefind's own UIs, its highlighter and its
 * web worker: the search page has its own UI, in Latvian, and searches on the page's thread,
 * which its Content-Security-Policy allows without a worker-src.
 */
export function isUsedIndexFile(name: string): boolean {
  return (
    name === 'pagefind.js' ||
    name === 'pagefind-entry.json' ||
    name.endsWith('.pf_meta') ||
    (name.startsWith('wasm.') && name.endsWith('.pagefind')) ||
    ['index', 'fragment', 'filter'].includes(name)
  );
}
