/**
 * The site's one Content-Security-Policy.
 *
 * No page inlines a style or a script: Astro links its CSS as files under `_astro/`
 * (`build.inlineStylesheets: 'never'`), so one constant policy fits every page of every build,
 * and any host can send it as a plain header.
 */

/** The policy of every page: nothing but the site's own stylesheets and images; no script at all. */
export const POLICY_DIRECTIVES = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  // Lets crawlers' audits (Lighthouse) fetch robots.txt from the page; no page has a script to use it.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** Directives a <meta> policy may not carry (browsers ignore them there), so only the header does. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as each page's <meta http-equiv="content-security-policy"> carries it. */
export function metaPolicy(): string {
  return POLICY_DIRECTIVES.join('; ');
}

/** The policy as a Content-Security-Policy header: the <meta> policy plus frame-ancestors. */
export function headerPolicy(): string {
  return [...POLICY_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');
}
