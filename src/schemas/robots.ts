/** The directives a robots meta tag may carry (Google's documented set, lowercased). */
export const ROBOTS_DIRECTIVES = [
  'all',
  'index',
  'follow',
  'noindex',
  'nofollow',
  'none',
  'noarchive',
  'nosnippet',
  'noimageindex',
  'notranslate',
  'indexifembedded',
] as const;

export type RobotsDirective = (typeof ROBOTS_DIRECTIVES)[number];

export type RobotsParseResult = { ok: true; directives: RobotsDirective[] } | { ok: false; unknown: string[] };

/** Parses "NOINDEX, NOFOLLOW" into ["noindex", "nofollow"]. */
export function parseRobots(value: string): RobotsParseResult {
  const tokens = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '');
  const known = new Set<string>(ROBOTS_DIRECTIVES);
  const unknown = tokens.filter((token) => !known.has(token));
  if (unknown.length > 0 || tokens.length === 0) return { ok: false, unknown };
  return { ok: true, directives: [...new Set(tokens)] as RobotsDirective[] };
}
