/**
 * The site's one Content-Security-Policy, and the `_headers` file that Netlify and Cloudflare
 * Pages read from the build output.
 *
 * No page inlines a style or a script: Astro links its CSS as files under `_astro/`
 * (`build.inlineStylesheets: 'never'`), so one constant policy fits every page of every build,
 * and any host can send it as a plain header.
 *
 * Both hosts apply every rule whose path matches a request. Cloudflare joins a header that
 * several rules set with ", "; Netlify's handling of such a header is not documented. So the
 * rules here never give one path two different values of a header: the site-wide rule sets
 * no Cache-Control, `_astro/*` alone sets the immutable one, and the page rules alone set
 * `no-cache`.
 */

/** The policy of every page: nothing but the site's own stylesheets and images; no script at all. */
export const POLICY_DIRECTIVES = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
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

/** "/palidziba" or "palidziba/" → "/palidziba/"; "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path a built HTML file is served at: "a/index.html" → "<base>a/", "404.html" → "<base>404.html". */
export function pagePath(file: string, base: string): string {
  const relative = file.split('\\').join('/').replace(/^\/+/, '');
  const served = relative === 'index.html' ? '' : relative.replace(/\/index\.html$/, '/');
  return `${normalizeBase(base)}${served}`;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (whole, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    found.set(match[1]!.toLowerCase(), decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

/** The policy and robots directives a built page declares in its <meta> tags. */
export function readPageMeta(html: string): { csp?: string; robots?: string } {
  const facts: { csp?: string; robots?: string } = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const content = attrs.get('content')?.trim();
    if (!content) continue;
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') facts.csp ??= content;
    else if (attrs.get('name')?.toLowerCase() === 'robots') facts.robots ??= content;
  }
  return facts;
}

/** A policy as ordered directives: "default-src 'none'; img-src 'self'" → [["default-src", ["'none'"]], …]. */
export function parsePolicy(policy: string): [directive: string, sources: string[]][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name !== undefined && name !== '')
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

/**
 * The rules, in the order Cloudflare Pages needs: it reads only the first 100. First the
 * site-wide security headers, then caching (immutable for hashed assets; `no-cache` for pages,
 * by one rule per folder of pages, so a handful of rules however many pages there are), and
 * last one rule per page whose robots directives its X-Robots-Tag repeats. Only those can run
 * past 100 on a big site, and each such page still says the same in its <meta name="robots">.
 */
export function headerRules({ base, pages, hasHashedAssets }: HeadersFileOptions): HeaderRule[] {
  const root = normalizeBase(base);
  const rules: HeaderRule[] = [
    { path: `${root}*`, headers: SECURITY_HEADERS.map(([name, value]): [string, string] => [name, value]) },
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
    const robots: [string, string][] = page.robots ? [['X-Robots-Tag', page.robots]] : [];
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

export function buildHeadersFile(options: HeadersFileOptions): string {
  return formatHeadersFile(headerRules(options));
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** How a host matches a rule's path against a request path. */
export type HostMatching = 'cloudflare' | 'netlify';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function pathPattern(path: string, host: HostMatching): RegExp {
  if (host === 'netlify') {
    // Netlify: segment by segment, case-insensitive, the trailing slash optional; a "*"
    // segment matches the folder itself and everything below it.
    const parts = path
      .split('/')
      .filter(Boolean)
      .map((part) => {
        if (part.startsWith(':')) return '[^/]+';
        if (part === '*') return '?.*';
        return part.split('*').map(escapeRegExp).join('.*');
      });
    return new RegExp(`^/${parts.join('/')}/?$`, 'i');
  }
  // Cloudflare Pages: the whole path, case-sensitive; "*" matches anything, ":name" one segment.
  const source = path
    .split(/(\*|:[a-z]\w*)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Every value each header gets for a request path from the rules that match it, in file order. */
export function headerValuesForPath(
  rules: readonly HeaderRule[],
  urlPath: string,
  host: HostMatching = 'cloudflare',
): Map<string, { name: string; values: string[] }> {
  const found = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!pathPattern(rule.path, host).test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const entry = found.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      found.set(name.toLowerCase(), entry);
    }
  }
  return found;
}

/**
 * The headers a request path gets, as Cloudflare Pages applies the file: every matching rule
 * counts, and a header set by several is joined with ", ".
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  return Object.fromEntries(
    [...headerValuesForPath(rules, urlPath).values()].map(({ name, values }) => [name, values.join(', ')]),
  );
}

/**
 * Headers that matching rules would give a path with different values, under either host's
 * matching: "Cache-Control at /_astro/a.css: no-cache | public, …" (empty when there are none).
 */
export function conflictingHeaders(rules: readonly HeaderRule[], urlPaths: readonly string[]): string[] {
  const conflicts: string[] = [];
  for (const host of ['cloudflare', 'netlify'] as const) {
    for (const urlPath of urlPaths) {
      for (const { name, values } of headerValuesForPath(rules, urlPath, host).values()) {
        const distinct = [...new Set(values)];
        if (distinct.length > 1) conflicts.push(`${name} at ${urlPath} (${host}): ${distinct.join(' | ')}`);
      }
    }
  }
  return conflicts;
}
