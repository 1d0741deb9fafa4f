/**
 * Browsers and servers cut addresses past a few thousand characters (2,048 is the old common
 * limit); a longer one is no address a reader can follow.
 */
export const MAX_URL_LENGTH = 2048;

/** A URL scheme with its colon ("https:", "ms-settings:"), as RFC 3986 writes it: the one pattern for it. */
export const SCHEME_SOURCE = '[a-z][a-z0-9+.-]*:';
const SCHEME = new RegExp(`^(${SCHEME_SOURCE.slice(0, -1)}):`, 'i');

/** An address's scheme, lowercase and without its colon ("https"), or undefined for a path. */
export function schemeOf(url: string): string | undefined {
  return SCHEME.exec(url)?.[1]?.toLowerCase();
}
/** Schemes that run code or read local files when followed: never published. */
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'file', 'data', 'blob']);
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=]+$/i;

export interface UrlProblem {
  message: string;
  /** True when following the address could harm the reader, not merely fail. */
  unsafe: boolean;
}

const malformed = (message: string): UrlProblem => ({ message, unsafe: false });

/** Whether decodeURI reads the address: its "%" escapes are whole UTF-8 sequences. */
export function decodes(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with a link or image address, or undefined when it is usable.
 * WHATWG URL parsing forgives a lot ("https:/host" becomes "https://host/"),
 * so the written form is checked too: a link should work as it is written.
 * App links such as "ms-settings:display" are fine: the Windows articles use them.
 */
export function urlProblem(url: string, kind: 'link' | 'image' = 'link'): UrlProblem | undefined {
  if (url.trim() === '') return malformed('expected an address, got an empty one');
  if (kind === 'image' && INLINE_IMAGE.test(url)) return undefined;
  // Browsers drop tabs, line breaks and leading control characters in a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1]?.toLowerCase();
  if (scheme !== undefined && UNSAFE_SCHEMES.has(scheme)) {
    return { message: `expected a web or app address, got a ${scheme}: address`, unsafe: true };
  }
  if (url.length > MAX_URL_LENGTH && scheme !== 'data') {
    return malformed(
      `expected an address of at most ${MAX_URL_LENGTH} characters, got ${url.length}; shown as its words`,
    );
  }
  if (!decodes(url)) {
    const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
    return malformed(`expected "%" escapes of UTF-8 such as "%C4%81", got "${shown}"`);
  }
  if (/[\s<>"]/.test(url)) {
    return malformed(`expected an address without spaces, quotes or angle brackets, got "${url}"`);
  }
  if (scheme === undefined) {
    return /^(?:https?\/\/|https?\/|www\.)/i.test(url)
      ? malformed(`expected an absolute address starting with "https://", got "${url}"`)
      : undefined;
  }
  if (scheme === 'mailto') {
    return url.length > 'mailto:'.length ? undefined : malformed('expected an e-mail address after "mailto:"');
  }
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  if (!/^https?:\/\/[^/?#]/i.test(url) || !URL.canParse(url)) {
    return malformed(`expected an address of the form https://host/path, got "${url}"`);
  }
  const host = new URL(url).hostname;
  if (!host.includes('.') && host !== 'localhost') {
    return malformed(`expected a full host name in "${url}", got "${host}"`);
  }
  return undefined;
}
