import type { Html, RootContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { onlyIfUsed } from './only-if-used.ts';
import type { Context } from './document.ts';

/**
 * DocFX cross references (DocFX "Cross Reference"; Microsoft Learn "Use links in documentation",
 * xref): a link to a topic by its UID rather than its address, in four forms:
 *
 *     [link text](xref:Some.Uid)     <xref:Some.Uid>     @Some.Uid     @"Some Uid"
 *
 * (also DocFX's `<xref href="Some.Uid">` tag). Learn resolves the UID through the cross-reference
 * map of every docset it publishes; this site has no such map, so a reference is text: the link's
 * own text, or the UID when it has none (an autolink, `[](xref:…)`, the shorthands). Never a
 * link that leads nowhere. The bare shorthand needs a dotted UID (`@System.String`) so an
 * "@mention" in running text stays as written; quoted, any UID is one. `xrefUid` lets the checks
 * report the references the page could not link.
 */

const XREF_URL = /^<?xref:([^>]*)>?$/i;
/** `@"Uid"`, `@'Uid'`, or `@Dotted.Uid` (maybe ending in a parameter list) after a space or nothing. */
const SHORTHAND_SOURCE = String.raw`(?<!\S)@(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z_][\w\x60~%*#-]*(?:\.[\w\x60~%*#-]+)+(?:\([^()\s]*\))?))`;
const SHORTHAND = new RegExp(`^${SHORTHAND_SOURCE}$`);
/** A shorthand, or an autolink the parser left as text (a UID with a space is no autolink). */
const IN_TEXT = new RegExp(`${SHORTHAND_SOURCE}|<xref:([^<>\\n]+)>`, 'gi');
const XREF_TAG = /^<xref\s[^>]*?\b(?:href|uid)\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*?(\/?)>$/i;
const XREF_CLOSE = /^<\/xref\s*>$/i;

/** What a UID in an address reads as: no query (`?displayProperty=…`) or fragment, escapes decoded. */
function cleanUid(raw: string): string | undefined {
  const uid = raw.replace(/[?#].*$/s, '').trim();
  if (uid === '') return undefined;
  try {
    return decodeURIComponent(uid);
  } catch {
    return uid;
  }
}

/**
 * The UID an xref address or reference names (`xref:Some.Uid?displayProperty=fullName`,
 * `<xref:Some.Uid>`, `@Some.Uid`, `@"Some Uid"`), or undefined when it is none.
 */
export function xrefUid(value: string): string | undefined {
  const text = value.trim();
  const url = XREF_URL.exec(text);
  if (url) return cleanUid(url[1]!);
  const shorthand = SHORTHAND.exec(text);
  return shorthand ? (shorthand[1] ?? shorthand[2] ?? shorthand[3]) : undefined;
}

/** Text with each shorthand or autolink-as-text reference replaced by its UID. */
export function replaceXrefsInText(text: string): string {
  if (!text.includes('@') && !/<xref:/i.test(text)) return text;
  return text.replace(IN_TEXT, (whole, double, single, bare, autolink) => {
    const uid = typeof autolink === 'string' ? cleanUid(autolink) : (double ?? single ?? bare);
    return typeof uid === 'string' ? uid : whole;
  });
}

/** The node after this one among its siblings. */
function nextOf(node: Readonly<Html>, ctx: Context): RootContent | undefined {
  const index = ctx.indexOf(node);
  const siblings = ctx.parent(node)?.children as readonly RootContent[] | undefined;
  return index === undefined ? undefined : siblings?.[index + 1];
}

function isXrefClose(node: RootContent | undefined): boolean {
  return node?.type === 'html' && XREF_CLOSE.test(node.value.trim());
}

export function xrefPlugin(): MdastPluginEntry {
  // An e-mail address has an @ too, but never after a space.
  return onlyIfUsed(/xref|(?<!\S)@/i, {
    name: 'docfx-xref',
    link(node, ctx) {
      if (!/^xref:/i.test(node.url)) return;
      const uid = xrefUid(node.url);
      const text = ctx.textContent(node, { includeImageAlt: true });
      // An autolink's text is its address: the UID is the better name.
      if (text.trim() !== '' && text !== node.url) ctx.replaceNode(node, [...node.children]);
      else if (uid !== undefined) ctx.replaceNode(node, { type: 'text', value: uid });
      else ctx.removeNode(node);
    },
    html(node, ctx) {
      const value = node.value.trim();
      if (isXrefClose(node)) {
        ctx.removeNode(node);
        return;
      }
      const tag = XREF_TAG.exec(value);
      if (tag) {
        const uid = cleanUid(tag[1] ?? tag[2] ?? '');
        // `<xref href="…">text</xref>` keeps its text; an empty one shows the UID.
        const empty = tag[3] === '/' || isXrefClose(nextOf(node, ctx));
        if (empty && uid !== undefined) ctx.replaceNode(node, { type: 'text', value: uid });
        else ctx.removeNode(node);
        return;
      }
      const uid = XREF_URL.test(value) ? xrefUid(value) : undefined;
      if (uid !== undefined) ctx.replaceNode(node, { type: 'text', value: uid });
    },
    text(node, ctx) {
      const value = replaceXrefsInText(node.value);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  });
}
