import { LEARN_LOCALE_PATH, LEARN_ORIGIN } from '../consts.ts';

/** What a link in an article can point at on this site. */
export interface LinkResolver {
  /** The site's base path, with leading and trailing slash ("/" or "/palidziba/"). */
  base: string;
  /** Article routes by lowercased file name ("buy-licenses.md" → "buy-licenses"). */
  slugsByFileName: ReadonlyMap<string, string>;
  /** Files of the media folder by lowercased name ("media/a.png" → "media/A.png"). */
  mediaFiles: ReadonlyMap<string, string>;
  /** Every article route, to recognise links that are already resolved. */
  articleSlugs: ReadonlySet<string>;
}

export interface ResolvedUrl {
  url: string;
  /** Set when the link cannot work as written. */
  problem?: { severity: 'error' | 'warning'; message: string };
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
const ALCHEMY_PREFIX = /^\/AlchemyInsights\//i;

function splitHash(url: string): [path: string, hash: string] {
  const at = url.indexOf('#');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

function articleRoute(resolver: LinkResolver, slug: string, hash: string): string {
  return `${resolver.base}${slug}/${hash}`;
}

/** Already an address on this site (an article route or a published image): resolving twice changes nothing. */
function isResolved(pathPart: string, resolver: LinkResolver): boolean {
  if (!pathPart.startsWith(resolver.base)) return false;
  const rest = decodeURI(pathPart.slice(resolver.base.length));
  if (rest.startsWith('media/')) return [...resolver.mediaFiles.values()].includes(rest);
  const slug = /^([a-z0-9-]+)\/$/.exec(rest)?.[1];
  return slug !== undefined && resolver.articleSlugs.has(slug);
}

/**
 * Where a link written in an article points on the published site. External
 * addresses stay exactly as written, and so do addresses already resolved.
 */
export function resolveLink(url: string, resolver: LinkResolver): ResolvedUrl {
  if (ABSOLUTE.test(url)) return { url };
  const [pathPart, hash] = splitHash(url);

  if (isResolved(pathPart, resolver)) return { url };
  if (pathPart.startsWith('/')) {
    // Links to the collection itself stay on this site; the rest of the Docs site is Microsoft Learn.
    if (ALCHEMY_PREFIX.test(pathPart)) {
      const name = pathPart.replace(ALCHEMY_PREFIX, '').replace(/\.md$/i, '').toLowerCase();
      const slug = resolver.slugsByFileName.get(`${name}.md`) ?? resolver.slugsByFileName.get(`${name}.mdx`);
      if (slug) return { url: articleRoute(resolver, slug, hash) };
    }
    return { url: `${LEARN_ORIGIN}${LEARN_LOCALE_PATH}${url}` };
  }

  const relative = decodeURI(pathPart).replace(/^\.\//, '');
  if (/\.mdx?$/i.test(relative)) {
    const slug = resolver.slugsByFileName.get(relative.toLowerCase());
    if (slug) return { url: articleRoute(resolver, slug, hash) };
    return {
      url,
      problem: {
        severity: 'error',
        message: `link to a missing article: expected a file named "${relative}" beside this one`,
      },
    };
  }

  if (/^media\//i.test(relative)) {
    const actual = resolver.mediaFiles.get(relative.toLowerCase());
    if (!actual) {
      return {
        url,
        problem: { severity: 'error', message: `missing image: expected a file "${relative}" in the content folder` },
      };
    }
    const resolved = `${resolver.base}${encodeURI(actual)}`;
    if (actual !== relative) {
      return {
        url: resolved,
        problem: {
          severity: 'warning',
          message: `image file name differs in case: written "${relative}", the file is "${actual}" (published as the file)`,
        },
      };
    }
    return { url: resolved };
  }
  return { url };
}

export function resolveArticleUrl(url: string, resolver: LinkResolver): string {
  return resolveLink(url, resolver).url;
}
