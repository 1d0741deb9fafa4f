import { tagAttributeList } from '../utils/html-attributes.ts';

export interface PageMeta {
  csp?: string;
  robots?: string;
  /** Where a redirect page sends its reader. */
  refresh?: string;
  /** The day an article last changed (YYYY-MM-DD), for sitemap.xml. */
  modified?: string;
}

/** Words one of the tags read below holds, in some case. */
const MAY_DECLARE = /robots|content-security-policy|article:modified_time|refresh/i;

/**
 * The policy and robots directives a built page declares in its <meta> tags, read back from
 * the written HTML so that `_headers` says exactly what the pages say.
 */
export function readPageMeta(html: string): PageMeta {
  const facts: PageMeta = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    // Most of a page's <meta> tags are none of these: only a tag that names one is read through.
    if (!MAY_DECLARE.test(tag)) continue;
    const attrs = new Map(tagAttributeList(tag.replace(/^<meta\b/i, '').replace(/\/?>$/, '')));
    const content = attrs.get('content')?.trim();
    if (!content) continue;
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') facts.csp ??= content;
    else if (attrs.get('name')?.toLowerCase() === 'robots') facts.robots ??= content;
    else if (attrs.get('property') === 'article:modified_time') facts.modified ??= content;
    else if (attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /^\d+\s*;\s*url=(.+)$/i.exec(content)?.[1]?.trim();
      if (target) facts.refresh ??= target;
    }
  }
  return facts;
}
