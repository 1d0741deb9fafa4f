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

/**
 * The policy and robots directives a built page declares in its <meta> tags, read back from
 * the written HTML so that `_headers` says exactly what the pages say.
 */
export function readPageMeta(html: string): { csp?: string; robots?: string; refresh?: string } {
  const facts: { csp?: string; robots?: string; refresh?: string } = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const content = attrs.get('content')?.trim();
    if (!content) continue;
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') facts.csp ??= content;
    else if (attrs.get('name')?.toLowerCase() === 'robots') facts.robots ??= content;
    else if (attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /^\d+\s*;\s*url=(.+)$/i.exec(content)?.[1]?.trim();
      if (target) facts.refresh ??= target;
    }
  }
  return facts;
}
