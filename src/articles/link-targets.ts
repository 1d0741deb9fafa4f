import { posix } from 'node:path';
import type { FindingCode } from '../findings/finding.ts';
import { withTrailingSlash } from '../utils/paths.ts';
import { MAX_URL_LENGTH, SCHEME_SOURCE } from '../utils/url-problems.ts';
import { hasArticleExtension, withoutArticleExtension } from './files.ts';
import { routeOf } from './slug.ts';

/**
 * Where a link written in an article leads on the published site. The checks report the
 * links that lead nowhere; the Markdown layer writes the resolved address into the page.
 * Paths are relative to the doc set folder with "/" separators ("sales/quotes.md").
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
  /** Article routes by lowercased path ("sales/buy licenses.md" → "sales/buy-licenses"). */
  routesByFile: ReadonlyMap<string, string>;
  /** Media files by lowercased path ("media/a.png" → "media/A.png"). */
  mediaFiles: ReadonlyMap<string, string>;
  /** Every article route, to recognise links that are already resolved. */
  routes: ReadonlySet<string>;
  /** Where moved articles went (the repository's redirections), by lowercased old path. */
  moved?: ReadonlyMap<string, string>;
  /** Media files that are not what their names say, by lowercased path, with what they are instead. */
  invalidMedia?: ReadonlyMap<string, InvalidMedia>;
}

/** A media file that exists but cannot be shown as what its name says ("media/a.png" holding text). */
export interface InvalidMedia {
  file: string;
  /** What is wrong: "an empty file", "not a PNG image". */
  problem: string;
}

/** A dev server's news: an article file added (or removed) after the targets were made. */
export function updateArticle(targets: LinkTargets, file: string, present: boolean): void {
  const routes = targets.routesByFile as Map<string, string>;
  const all = targets.routes as Set<string>;
  if (present) {
    routes.set(file.toLowerCase(), routeOf(file));
    all.add(routeOf(file));
  } else {
    routes.delete(file.toLowerCase());
    all.delete(routeOf(file));
  }
}

/** The same targets, with links to moved articles leading where the redirections say. */
export function withRedirections(targets: LinkTargets, moved: readonly { file: string; to: string }[]): LinkTargets {
  return { ...targets, moved: new Map(moved.map(({ file, to }) => [file.toLowerCase(), to])) };
}

export function createLinkTargets(
  articleFiles: readonly string[],
  mediaFiles: readonly string[],
  base: string,
  learn: LearnLocation,
  invalidMedia: readonly InvalidMedia[] = [],
): LinkTargets {
  const routesByFile = new Map(articleFiles.map((file) => [file.toLowerCase(), routeOf(file)]));
  const invalid = new Map(invalidMedia.map((media) => [media.file.toLowerCase(), media]));
  return {
    base: withTrailingSlash(base),
    learn,
    routesByFile,
    mediaFiles: new Map(
      mediaFiles.filter((file) => !invalid.has(file.toLowerCase())).map((file) => [file.toLowerCase(), file]),
    ),
    routes: new Set(routesByFile.values()),
    invalidMedia: invalid,
  };
}

export interface LinkProblem {
  code: FindingCode;
  message: string;
}

export interface ResolvedUrl {
  url: string;
  /** Set when the link cannot work as written. */
  problem?: LinkProblem;
  /** Nothing on this site or elsewhere answers: show the link's words, not a link that 404s. */
  asText?: boolean;
}

const ABSOLUTE = new RegExp(`^(?:${SCHEME_SOURCE}|//|#)`, 'i');
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;

/** "a.md?toc=/x#part" → ["a.md", "#part"]: the query (`?toc=`, `?context=`, `?tabs=`) is DocFX's, not ours. */
function splitUrl(url: string): [path: string, hash: string] {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const rest = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  return [queryAt === -1 ? rest : rest.slice(0, queryAt), hash];
}

function routeUrl(targets: LinkTargets, route: string, hash: string): string {
  return `${targets.base}${route === '' ? '' : `${route}/`}${hash}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Already an address on this site (an article route or a published image): resolving twice changes nothing. */
function isResolved(pathPart: string, targets: LinkTargets): boolean {
  if (!pathPart.startsWith(targets.base)) return false;
  const rest = safeDecode(pathPart.slice(targets.base.length));
  if ([...targets.mediaFiles.values()].includes(rest)) return true;
  return (rest === '' || rest.endsWith('/')) && targets.routes.has(rest.replace(/\/$/, ''));
}

/** The route of the article a path inside the doc set names, with or without its extension. */
function articleRoute(docSetPath: string, targets: LinkTargets): string | undefined {
  const key = docSetPath.toLowerCase().replace(/\/$/, '');
  if (hasArticleExtension(key)) return targets.routesByFile.get(key);
  const bare = withoutArticleExtension(key);
  return (
    targets.routesByFile.get(`${bare}.md`) ??
    targets.routesByFile.get(`${bare}.mdx`) ??
    targets.routesByFile.get(bare === '' ? 'index.md' : `${bare}/index.md`)
  );
}

/** The Learn address of a page of this doc set (one this repository lacks, or an article's original). */
export function learnAddress(docSetFile: string, targets: LinkTargets, hash = ''): string | undefined {
  const docSetPath = targets.learn.docSetPath;
  if (docSetPath === undefined) return undefined;
  const page = withoutArticleExtension(docSetFile).replace(/(?:^|\/)index$/i, '');
  return `${targets.learn.origin}${targets.learn.localePath}${docSetPath}${page}${hash}`;
}

/**
 * Where a link written in an article points on the published site. `fromFile` is the article's
 * (or include's) path in the doc set, which relative links start from. External addresses stay
 * exactly as written, and so do addresses already resolved.
 */
export function resolveLink(url: string, targets: LinkTargets, fromFile = ''): ResolvedUrl {
  // Reported by the checks as malformed; no reader can follow it, and it would make the page huge.
  // An inline image (data:) carries its bytes, not an address, and is as long as they are.
  if (url.length > MAX_URL_LENGTH && !/^data:/i.test(url)) return { url, asText: true };
  if (ABSOLUTE.test(url)) return { url };
  const [pathPart, hash] = splitUrl(url);
  if (pathPart === '') return { url };
  if (isResolved(pathPart, targets)) return { url };

  if (pathPart.startsWith('/')) {
    // Links into the doc set's own Learn path are our own pages; the rest of the Docs site is Learn.
    const docSetPath = targets.learn.docSetPath;
    if (docSetPath !== undefined && pathPart.toLowerCase().startsWith(docSetPath.toLowerCase())) {
      const route = articleRoute(safeDecode(pathPart.slice(docSetPath.length)), targets);
      if (route !== undefined) return { url: routeUrl(targets, route, hash) };
    }
    return { url: `${targets.learn.origin}${targets.learn.localePath}${url}` };
  }

  const written = safeDecode(pathPart);
  // "~/media/a.png" is from the doc set folder, as DocFX reads it.
  const fromRoot = /^~\//.test(written) ? written.slice(2) : undefined;
  const joined = fromRoot ?? posix.join(posix.dirname(fromFile), written);
  const file = posix.normalize(joined).replace(/^\.\//, '');
  const outside = file === '..' || file.startsWith('../');
  if (outside && !hasArticleExtension(written)) {
    // "../../../../etc/passwd": nothing outside the doc set is read, published or pointed at.
    return {
      url,
      asText: true,
      problem: { code: 'link-outside', message: `address "${written}" leaves the doc set: expected a file inside it` },
    };
  }

  if (hasArticleExtension(written)) {
    const route = outside ? undefined : targets.routesByFile.get(file.toLowerCase());
    if (route !== undefined) return { url: routeUrl(targets, route, hash) };
    const moved = outside ? undefined : targets.moved?.get(file.toLowerCase());
    if (moved !== undefined) return { url: moved };
    const learn = outside ? undefined : learnAddress(file, targets, hash);
    const message = `link to a missing article: expected a file "${file}" in the doc set`;
    if (learn !== undefined)
      return { url: learn, problem: { code: 'link-missing', message: `${message}; linked to Microsoft Learn` } };
    return { url, asText: true, problem: { code: 'link-missing', message } };
  }

  const media = outside ? undefined : targets.mediaFiles.get(file.toLowerCase());
  if (media !== undefined) {
    const resolved = `${targets.base}${encodeURI(media)}`;
    if (media !== file) {
      return {
        url: resolved,
        problem: {
          code: 'image-case',
          message: `image file name differs in case: written "${file}", the file is "${media}" (published as the file)`,
        },
      };
    }
    return { url: resolved };
  }
  const invalid = outside ? undefined : targets.invalidMedia?.get(file.toLowerCase());
  if (invalid !== undefined) {
    return {
      url,
      asText: true,
      problem: {
        code: 'image-invalid',
        message: `image "${invalid.file}" is ${invalid.problem}: shown as its alt text`,
      },
    };
  }
  if (IMAGE.test(written)) {
    return {
      url,
      asText: true,
      problem: { code: 'image-missing', message: `missing image: expected a file "${file}" in the content folder` },
    };
  }
  // An extensionless path to one of our articles ("../sales/quotes"), as Learn writes them.
  const route = outside ? undefined : articleRoute(file, targets);
  if (route !== undefined) return { url: routeUrl(targets, route, hash) };
  return { url };
}

export function resolveArticleUrl(url: string, targets: LinkTargets, fromFile = ''): string {
  return resolveLink(url, targets, fromFile).url;
}
