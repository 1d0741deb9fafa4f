import { urlProblem } from '../utils/url-problems.ts';

/**
 * What raw HTML in an article may contain: one allowlist, read by the renderer (which removes
 * everything else) and by the checks (which report each removal at its line).
 *
 * It follows GitHub's sanitizer, as `hast-util-sanitize` ships it (its `defaultSchema`): the
 * elements articles really use stay, with the attributes that describe content; everything that
 * can run code, load another site's content or send a form goes. The pipeline renders with
 * Sätteri, whose HTML tree is edited through visitors rather than handed over whole, so the
 * schema cannot be applied by that library; this is a short list of our own in its spirit, with
 * the few additions the DocFX layer's own output needs (sections, figures, roles, aria labels,
 * data-pivot) and the legacy `<a name>` anchors Docs articles use.
 */

/** Elements removed with everything inside them: code, frames, plug-ins, forms, documents in documents. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'meta',
  'base',
  'link',
  'template',
  'noscript',
  'svg',
  'math',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'dialog',
  'portal',
  'title',
  'head',
  'html',
  'body',
]);

/** Elements that stay. Any other element is unwrapped: its content stays, the tag goes. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Attributes (hast property names) any allowed element may keep. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'className', 'title', 'lang', 'dir', 'role', 'hidden']);

/** Attributes (hast property names) particular elements may keep besides those. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'name', 'hrefLang', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: ['colSpan', 'rowSpan', 'headers', 'align'],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'align'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['dateTime'],
  details: ['open'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  abbr: ['title'],
};

/** Attributes that hold an address, checked for a scheme that could run code. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** Whether an allowed element may keep an attribute (hast property name). */
export function isAllowedAttribute(tagName: string, property: string): boolean {
  if (GLOBAL_ATTRIBUTES.has(property) || /^aria[A-Z]/.test(property) || /^data[A-Z]/.test(property)) return true;
  return ELEMENT_ATTRIBUTES[tagName]?.includes(property) ?? false;
}

/**
 * Whether an address may stay: the same judgement as for Markdown links and images (see
 * urlProblem), entities already decoded by the HTML parser ("&#106;avascript:").
 */
export function isSafeUrl(value: string, property: string): boolean {
  return !urlProblem(value, property === 'src' ? 'image' : 'link')?.unsafe;
}

/** The HTML attribute name a hast property stands for, for messages ("className" → "class"). */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property.startsWith('aria') || property.startsWith('data')) {
    return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  }
  return property.toLowerCase();
}

/** Whether an allowed element may keep an attribute, by its HTML name ("onclick", "colspan", "aria-label"). */
export function isAllowedHtmlAttribute(tagName: string, attribute: string): boolean {
  const name = attribute.toLowerCase();
  if (name.startsWith('aria-') || name.startsWith('data-')) return true;
  const properties = [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[tagName] ?? [])];
  return properties.some((property) => attributeName(property) === name);
}

/** The hast property an HTML attribute that holds an address stands for, if it is one. */
export function urlProperty(attribute: string): string | undefined {
  const name = attribute.toLowerCase();
  return [...URL_ATTRIBUTES].find((property) => property === name);
}
