const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto']);

/**
 * What is wrong with a link target, or undefined when it is usable.
 * WHATWG URL parsing forgives a lot ("https:/host" becomes "https://host/"),
 * so the written form is checked too: a link should work as it is written.
 */
export function urlProblem(url: string): string | undefined {
  if (url.trim() === '') return 'expected a link address, got an empty one';
  if (/[\s<>"]/.test(url)) return `expected an address without spaces, quotes or angle brackets, got "${url}"`;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (/^(?:https?\/\/|https?\/|www\.)/i.test(url)) {
      return `expected an absolute address starting with "https://", got "${url}"`;
    }
    return undefined;
  }
  if (!ALLOWED_SCHEMES.has(scheme)) return `expected an https, http or mailto address, got "${url}"`;
  if (scheme === 'mailto')
    return url.length > 'mailto:'.length ? undefined : `expected an e-mail address after "mailto:"`;
  if (!/^https?:\/\/[^/?#]/i.test(url) || !URL.canParse(url)) {
    return `expected an address of the form https://host/path, got "${url}"`;
  }
  const host = new URL(url).hostname;
  if (!host.includes('.') && host !== 'localhost') return `expected a full host name in "${url}", got "${host}"`;
  return undefined;
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
