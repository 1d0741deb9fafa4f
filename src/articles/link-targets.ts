import { withTrailingSlash } from '../utils/paths.ts';
import { linksToArticle, withoutArticleExtension } from './files.ts';
import { slugFromFileName } from './slug.ts';

/**
 * Where a link written in an article leads on the published site. The checks report the
 * links that lead nowhere; the Markdown layer writes the resolved address into the page.
 */

/** Where site-relative Docs links lead: Microsoft Learn, in the site's language. */
export interface LearnLocation {
  /** "https://learn.microsoft.com" */
  origin: string;
  /** The language's path on Learn: "/lv-lv". */
  localePath: string;
  /** The doc set's own path on Learn ("/AlchemyInsights/"): links under it are our own pages. */
  docSetPath?: string | undefined;
}

/** What a link in an article can point at on this site. */
export interface LinkTargets {
  /** The site's base path, with leading and trailing slash ("/" or "/palidziba/"). */
  base: string;
  learn: LearnLocation;
  /** Article routes by lowercased file name ("buy-licenses.md" → "buy-licenses"). */
  slugsByFileName: ReadonlyMap<string, string>;
  /** Files of the media folder by lowercased name ("media/a.png" → "media/A.png"). */
  mediaFiles: ReadonlyMap<string, string>;
  /** Every article route, to recognise links that are already resolved. */
  articleSlugs: ReadonlySet<string>;
}

export function createLinkTargets(
  articleFiles: readonly string[],
  mediaFiles: readonly string[],
  base: string,
  learn: LearnLocation,
): LinkTargets {
  const slugsByFileName = new Map(articleFiles.map((name) => [name.toLowerCase(), slugFromFileName(name)]));
  return {
    base: withTrailingSlash(base),
    learn,
    slugsByFileName,
    mediaFiles: new Map(mediaFiles.map((name) => [name.toLowerCase(), name])),
    articleSlugs: new Set(slugsByFileName.values()),
  };
}

export interface ResolvedUrl {
  url: string;
  /** Set when the link cannot work as written. */
  problem?: { severity: 'error' | 'warning'; message: string };
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

function splitHash(url: string): [path: string, hash: string] {
  const at = url.indexOf('#');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

function articleRoute(targets: LinkTargets, slug: string, hash: string): string {
  return `${targets.base}${slug}/${hash}`;
}

/** Already an address on this site (an article route or a published image): resolving twice changes nothing. */
function isResolved(pathPart: string, targets: LinkTargets): boolean {
  if (!pathPart.startsWith(targets.base)) return false;
  const rest = decodeURI(pathPart.slice(targets.base.length));
  if (rest.startsWith('media/')) return [...targets.mediaFiles.values()].includes(rest);
  const slug = /^([a-z0-9-]+)\/$/.exec(rest)?.[1];
  return slug !== undefined && targets.articleSlugs.has(slug);
}

/** The article a site-relative link into the doc set's own Learn path names, if this site has it. */
function docSetSlug(pathPart: string, targets: LinkTargets): string | undefined {
  const docSetPath = targets.learn.docSetPath;
  if (docSetPath === undefined || !pathPart.toLowerCase().startsWith(docSetPath.toLowerCase())) return undefined;
  const name = withoutArticleExtension(pathPart.slice(docSetPath.length)).toLowerCase();
  return targets.slugsByFileName.get(`${name}.md`) ?? targets.slugsByFileName.get(`${name}.mdx`);
}

/**
 * Where a link written in an article points on the published site. External
 * addresses stay exactly as written, and so do addresses already resolved.
 */
export function resolveLink(url: string, targets: LinkTargets): ResolvedUrl {
  if (ABSOLUTE.test(url)) return { url };
  const [pathPart, hash] = splitHash(url);

  if (isResolved(pathPart, targets)) return { url };
  if (pathPart.startsWith('/')) {
    // Links to the doc set itself stay on this site; the rest of the Docs site is Microsoft Learn.
    const slug = docSetSlug(pathPart, targets);
    if (slug) return { url: articleRoute(targets, slug, hash) };
    return { url: `${targets.learn.origin}${targets.learn.localePath}${url}` };
  }

  const relative = decodeURI(pathPart).replace(/^\.\//, '');
  if (linksToArticle(relative)) {
    const slug = targets.slugsByFileName.get(relative.toLowerCase());
    if (slug) return { url: articleRoute(targets, slug, hash) };
    return {
      url,
      problem: {
        severity: 'error',
        message: `link to a missing article: expected a file named "${relative}" beside this one`,
      },
    };
  }

  if (/^media\//i.test(relative)) {
    const actual = targets.mediaFiles.get(relative.toLowerCase());
    if (!actual) {
      return {
        url,
        problem: { severity: 'error', message: `missing image: expected a file "${relative}" in the content folder` },
      };
    }
    const resolved = `${targets.base}${encodeURI(actual)}`;
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

export function resolveArticleUrl(url: string, targets: LinkTargets): string {
  return resolveLink(url, targets).url;
}
