/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the build output.
 *
 * Both hosts apply every rule whose path matches a request. Cloudflare joins a header that
 * several rules set with ", "; Netlify's handling of such a header is not documented. So the
 * rules here never give one path two different values of a header: the site-wide rule sets
 * no Cache-Control, `_astro/*` alone sets the immutable one, and the page rules alone set
 * `no-cache`.
 */
import { normalizeBase } from '../utils/paths.ts';
import { headerPolicy } from './csp.ts';

/** Headers every response gets, whatever it is. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Powerful features no page here uses; only names Chromium knows, as unknown ones log errors.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['Content-Security-Policy', headerPolicy()],
];

export const HTML_CACHE_CONTROL = 'no-cache';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Astro's folder of content-hashed build assets, relative to the base path. */
export const ASSETS_DIR = '_astro';
/** The placeholder that stands for one page's folder name in a folder rule ("/lapa/:page/"). */
const PAGE_PLACEHOLDER = ':page';

/** What one built page says about itself. */
export interface PageFacts {
  /** URL path the page is served at, base included ("/palidziba/slug/"). */
  path: string;
  /** Its robots directives (from <meta name="robots">), such as "noindex, nofollow". */
  robots?: string | undefined;
}

export interface HeadersFileOptions {
  /** The site's base path, with leading and trailing slash. */
  base: string;
  pages: readonly PageFacts[];
  /** Whether the build has hashed assets under <base>_astro/. */
  hasHashedAssets: boolean;
}

export type HeaderRule = { path: string; headers: [name: string, value: string][] };

/** The URL path a built HTML file is served at: "a/index.html" → "<base>a/", "404.html" → "<base>404.html". */
export function pagePath(file: string, base: string): string {
  const relative = file.split('\\').join('/').replace(/^\/+/, '');
  const served = relative === 'index.html' ? '' : relative.replace(/\/index\.html$/, '/');
  return `${normalizeBase(base)}${served}`;
}

/**
 * The rules, in the order Cloudflare Pages needs: it reads only the first 100. First the
 * site-wide security headers, then caching (immutable for hashed assets; `no-cache` for pages,
 * by one rule per folder of pages, so a handful of rules however many pages there are), and
 * last one rule per page whose robots directives its X-Robots-Tag repeats, or none when every
 * page says the same: then the site-wide rule carries it. Only per-page rules can run past 100
 * on a big site; the integration keeps the file within them (see static-hosting.ts).
 */
export function headerRules({ base, pages, hasHashedAssets }: HeadersFileOptions): HeaderRule[] {
  const root = normalizeBase(base);
  // When every page says the same, one site-wide rule says it for all of them.
  const values = new Set(pages.map((page) => page.robots ?? ''));
  const shared = values.size === 1 ? [...values][0] || undefined : undefined;
  const siteWide: [string, string][] = shared ? [['X-Robots-Tag', shared]] : [];
  const rules: HeaderRule[] = [
    {
      path: `${root}*`,
      headers: [...SECURITY_HEADERS.map(([name, value]): [string, string] => [name, value]), ...siteWide],
    },
  ];
  if (hasHashedAssets) {
    rules.push({ path: `${root}${ASSETS_DIR}/*`, headers: [['Cache-Control', IMMUTABLE_CACHE_CONTROL]] });
  }
  const folders = new Set<string>();
  const files: HeaderRule[] = [];
  const robotsRules: HeaderRule[] = [];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path, 'en'))) {
    if (!page.path.startsWith(root)) throw new Error(`page ${page.path} is outside the base ${root}`);
    const relative = page.path.slice(root.length);
    const robots: [string, string][] = page.robots && !shared ? [['X-Robots-Tag', page.robots]] : [];
    if (relative.endsWith('/')) {
      // "<base>lapa/2/" gets its caching from the rule "<base>lapa/:page/".
      folders.add(relative.slice(0, relative.slice(0, -1).lastIndexOf('/') + 1));
      if (robots.length > 0) robotsRules.push({ path: page.path, headers: robots });
    } else {
      // The home page ("<base>") and pages served as files ("<base>404.html") have a rule of their own.
      files.push({ path: page.path, headers: [['Cache-Control', HTML_CACHE_CONTROL], ...robots] });
    }
  }
  const [home] = files.filter((rule) => rule.path === root);
  if (home) rules.push(home);
  for (const folder of [...folders].sort((a, b) => a.localeCompare(b, 'en'))) {
    rules.push({ path: `${root}${folder}${PAGE_PLACEHOLDER}/`, headers: [['Cache-Control', HTML_CACHE_CONTROL]] });
  }
  rules.push(...files.filter((rule) => rule !== home), ...robotsRules);
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Generated by the build; do not edit.\n${blocks.join('\n\n')}\n`;
}
