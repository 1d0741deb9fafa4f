/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the build output: security
 * headers, caching, and each page's Content-Security-Policy as Astro wrote it into the page.
 *
 * Both hosts apply every rule whose path matches a request; Cloudflare joins a header that
 * several rules set with ", ". Two Content-Security-Policy values joined that way are two
 * policies, and the browser enforces both, as it does a header policy together with the page's
 * <meta> policy. So every policy written here allows all of the site's own hashed styles:
 * a page's rule carries exactly that page's policy, and the site-wide rule the union of all pages'.
 */

/** Directives a <meta> policy may not carry (browsers ignore them there), so only the header does. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Powerful features no page here uses; only names Chromium knows, as unknown ones log errors.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
];

export const HTML_CACHE_CONTROL = 'no-cache';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Astro's folder of content-hashed build assets, relative to the base path. */
export const ASSETS_DIR = '_astro';

/** What one built page says about itself. */
export interface PageFacts {
  /** URL path the page is served at, base included ("/palidziba/slug/"). */
  path: string;
  /** The page's own Content-Security-Policy (from its <meta http-equiv>). */
  csp?: string | undefined;
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

export function serializePolicy(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows whatever any of the given policies allows, directive by directive.
 * A directive missing from some policy falls back to that policy's default-src, so only
 * directives present in every policy are kept.
 */
export function unionOfPolicies(policies: readonly string[]): string {
  const parsed = policies.map((policy) => new Map(parsePolicy(policy)));
  if (parsed.length === 0) return '';
  const merged: [string, string[]][] = [];
  for (const [name] of parsed[0]!) {
    if (!parsed.every((policy) => policy.has(name))) continue;
    const sources = [...new Set(parsed.flatMap((policy) => policy.get(name)!))];
    // 'none' only means "nothing" when it stands alone.
    merged.push([name, sources.length > 1 ? sources.filter((source) => source !== "'none'") : sources]);
  }
  return serializePolicy(merged);
}

/** A page's <meta> policy with the directives only a header can carry. */
export function headerPolicy(metaPolicy: string): string {
  const directives = parsePolicy(metaPolicy);
  const names = new Set(directives.map(([name]) => name));
  const extra = HEADER_ONLY_DIRECTIVES.map((directive) => parsePolicy(directive)[0]!).filter(
    ([name]) => !names.has(name),
  );
  return serializePolicy([...directives, ...extra]);
}

/**
 * The rules, most general first: Cloudflare Pages reads at most 100, so the site-wide rule,
 * which already gives every response a policy, comes before the per-page ones.
 */
export function headerRules({ base, pages, hasHashedAssets }: HeadersFileOptions): HeaderRule[] {
  const root = normalizeBase(base);
  const policies = pages.flatMap((page) => (page.csp ? [page.csp] : []));
  const siteWide: [string, string][] = [...SECURITY_HEADERS.map(([name, value]): [string, string] => [name, value])];
  if (policies.length > 0) siteWide.push(['Content-Security-Policy', headerPolicy(unionOfPolicies(policies))]);
  const rules: HeaderRule[] = [{ path: `${root}*`, headers: siteWide }];
  if (hasHashedAssets) {
    rules.push({ path: `${root}${ASSETS_DIR}/*`, headers: [['Cache-Control', IMMUTABLE_CACHE_CONTROL]] });
  }
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path, 'en'))) {
    const headers: [string, string][] = [];
    if (page.csp) headers.push(['Content-Security-Policy', headerPolicy(page.csp)]);
    headers.push(['Cache-Control', HTML_CACHE_CONTROL]);
    if (page.robots) headers.push(['X-Robots-Tag', page.robots]);
    rules.push({ path: page.path, headers });
  }
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Generated by the build from each page's own policy; do not edit.\n${blocks.join('\n\n')}\n`;
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

function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[a-z]\w*)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers a request path gets, as Cloudflare Pages applies the file: every matching rule
 * counts, and a header set by several is joined with ", ".
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const found = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const entry = found.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      found.set(name.toLowerCase(), entry);
    }
  }
  return Object.fromEntries([...found.values()].map(({ name, values }) => [name, values.join(', ')]));
}
