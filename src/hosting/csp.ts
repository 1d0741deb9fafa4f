/**
 * The site's Content-Security-Policies: one for every page, and one for the search page, the
 * only page with a script.
 *
 * No page inlines a style or a script: Astro links its CSS and the search page's script as files
 * under `_astro/` (`build.inlineStylesheets: 'never'`), so the policies are constants and any host
 * can send them as plain headers.
 *
 * Each page carries its own policy in <meta>. A `_headers` file can only add policies to a path,
 * never take one away (Netlify and Cloudflare Pages both apply every matching rule, and a browser
 * enforces every policy it gets), and its folder rules cannot tell "/meklet/" from an article at
 * "/licences/". So the header sends the search page's policy to every path: on the search page it
 * is that page's own; on every other page the page's <meta> policy, which allows no script, is
 * enforced as well, and what both allow is still no script at all.
 */

/** Every page: nothing but the site's own stylesheets and images, and forms sent to the site (its search). */
const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The search page fetches its index; on other pages it lets crawlers' audits (Lighthouse) fetch robots.txt.
  "connect-src 'self'",
  "base-uri 'none'",
  // The search form in every page's header sends its query to the search page.
  "form-action 'self'",
] as const;

/** The search page adds its script, Pagefind's module it imports, and the WebAssembly Pagefind searches with. */
const SEARCH_SCRIPT = "script-src 'self' 'wasm-unsafe-eval'";

/** Which policy a page has. */
export type PagePolicy = 'page' | 'search';

/** Directives a <meta> policy may not carry (browsers ignore them there), so only the header does. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

function directives(page: PagePolicy): readonly string[] {
  return page === 'search' ? [...PAGE_DIRECTIVES, SEARCH_SCRIPT] : PAGE_DIRECTIVES;
}

/** The policy as a page's <meta http-equiv="content-security-policy"> carries it. */
export function metaPolicy(page: PagePolicy = 'page'): string {
  return directives(page).join('; ');
}

/** The Content-Security-Policy header of every path: the search page's policy plus frame-ancestors (see above). */
export function headerPolicy(): string {
  return [...directives('search'), ...HEADER_ONLY_DIRECTIVES].join('; ');
}
