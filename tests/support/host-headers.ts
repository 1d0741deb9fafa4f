/**
 * A stand-in for the hosts that read `_headers` (Netlify, Cloudflare Pages): reads the file
 * back and applies its rules to request paths as each host documents, so tests can check what
 * a page really gets. The build itself never reads `_headers`.
 */
import type { HeaderRule } from '../../src/hosting/headers.ts';

/** A policy as ordered directives: "default-src 'none'; img-src 'self'" → [["default-src", ["'none'"]], …]. */
export function parsePolicy(policy: string): [directive: string, sources: string[]][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name !== undefined && name !== '')
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
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
