import type { Heading, Link, PhrasingContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { containersPlugin, element, type Block } from './blocks.ts';
import { onlyIfUsed } from './only-if-used.ts';
import type { Context, DocumentIds } from './document.ts';
import type { SyntaxCheck } from './syntax-check.ts';

/**
 * DocFX tabbed content (Microsoft Learn Markdown reference, "Tabs"; DocFX "Tabbed Content"):
 *
 *     # [Linux](#tab/linux)
 *     Content for Linux…
 *     # [Windows](#tab/windows)
 *     Content for Windows…
 *     ---
 *
 * Learn turns the headings into a tab list switched by script. With no script every tab stays
 * reachable, in source order, as a section under a real heading of the same level:
 * `<div class="tabs"><section class="tab" aria-labelledby="tab-linux"><h1 id="tab-linux">Linux</h1>…`.
 * No `role="tablist"`: tabs without script to switch them would promise keyboard behaviour the
 * page does not have. Dependent tabs (`#tab/linux/python`) are sections like any other. The
 * group ends at `---` (removed), at a heading as high as its tabs that is no tab, or where its
 * container ends (a document whose last group lacks `---` keeps all its text).
 */

const TAB_LINK = /^#tab\/([^/\s]+)(?:\/([^/\s]+))?$/;

/** The tab a link address names (`#tab/id` or `#tab/id/dependent`), as "id" or "id-dependent". */
export function tabId(url: string): string | undefined {
  const match = TAB_LINK.exec(url);
  return match ? [match[1], match[2]].filter((part) => part !== undefined).join('-') : undefined;
}

/** An ATX heading that is one link to a `#tab/` address, with that address. */
const TAB_HEADING = /^ {0,3}#{1,6}\s+\[[^\]]*\]\((#tab\/[^)\s]*)\)\s*#*\s*$/;

/** Tab headings whose address is no tab's (`#tab/`, `#tab/a/b/c`): shown as a heading with a link. */
export const tabCheck: SyntaxCheck = {
  uses: /#tab\//,
  problems: (lines) =>
    lines.flatMap(({ text, line }) => {
      const address = TAB_HEADING.exec(text)?.[1];
      if (address === undefined || tabId(address) !== undefined) return [];
      const message = `tab address "${address}": expected "#tab/id" or "#tab/id/dependent"; shown as a heading with a link`;
      return [{ code: 'tab-malformed' as const, line, message }];
    }),
};

interface Tab {
  readonly heading: Readonly<Heading>;
  readonly link: Readonly<Link>;
  readonly id: string;
  readonly anchor: string | undefined;
  readonly content: Block[];
}

/** An empty anchor in raw HTML (`<a id="x"></a>`, or its halves), with its name if it opens. */
const ANCHOR_HTML = /^<a\s+(?:id|name)\s*=\s*["']([^"']+)["']\s*>(?:\s*<\/a>)?$|^<\/a>$/i;

/**
 * The link a tab heading consists of, and the name of an anchor beside it; blank text and empty
 * anchors around the link do not count.
 */
function tabLink(
  node: Readonly<Block>,
): { heading: Readonly<Heading>; link: Readonly<Link>; id: string; anchor: string | undefined } | undefined {
  if (node.type !== 'heading') return undefined;
  const heading = node as Heading;
  let anchor: string | undefined;
  const parts = heading.children.filter((child) => {
    if (child.type === 'text') return child.value.trim() !== '';
    const match = child.type === 'html' ? ANCHOR_HTML.exec(child.value.trim()) : null;
    if (match) anchor ??= match[1];
    return match === null;
  });
  const link = parts[0];
  if (parts.length !== 1 || link?.type !== 'link') return undefined;
  const id = tabId(link.url);
  return id === undefined ? undefined : { heading, link, id, anchor };
}

/** Whether a block is a tab heading (`# [Linux](#tab/linux)`): no title, whatever its level. */
export function isTabHeading(node: Readonly<Block>): boolean {
  return tabLink(node) !== undefined;
}

/** An id for the tab's heading: the one a legacy anchor gave it, else a free one made of the tab's. */
function headingId(heading: Readonly<Heading>, id: string, ids: DocumentIds): string {
  const given = (heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  if (typeof given === 'string') return given;
  const base = `tab-${id.replace(/[^\w-]/g, '-')}`;
  let claimed = ids.claim(base);
  for (let n = 2; claimed === undefined; n++) claimed = ids.claim(`${base}-${n}`);
  return claimed;
}

function section(tab: Tab, ids: DocumentIds, ctx: Context): Block {
  // An anchor in the heading names it, as a legacy anchor names any heading.
  const id = (tab.anchor !== undefined ? ids.claim(tab.anchor) : undefined) ?? headingId(tab.heading, tab.id, ids);
  // A tab named by nothing but its link keeps a name: its id.
  const label: PhrasingContent[] =
    ctx.textContent(tab.link).trim() === '' ? [{ type: 'text', value: tab.id }] : [...tab.link.children];
  const heading: Heading = {
    type: 'heading',
    // The page's one h1 is the article title; a "# [Tab](#tab/x)" label sits one level below it.
    depth: Math.max(tab.heading.depth, 2) as Heading['depth'],
    data: { ...tab.heading.data, hProperties: { id } },
    children: label,
  };
  return element('docfxTab', 'section', { className: ['tab'], ariaLabelledBy: id }, [heading, ...tab.content]);
}

/**
 * The tabs of the group whose first tab heading is at `start`, and where the content after the
 * group begins: past its `---`, or at the heading or container end that ended it.
 */
function tabGroup(children: readonly Block[], start: number): { tabs: Tab[]; next: number } {
  const first = tabLink(children[start]!)!;
  const tabs: Tab[] = [{ ...first, content: [] }];
  for (let index = start + 1; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'thematicBreak') return { tabs, next: index + 1 };
    const tab = tabLink(node);
    if (tab && tab.heading.depth === first.heading.depth) tabs.push({ ...tab, content: [] });
    else if (node.type === 'heading' && (node as Heading).depth <= first.heading.depth) return { tabs, next: index };
    else tabs.at(-1)!.content.push(node);
  }
  return { tabs, next: children.length };
}

/** The children with every tab group built, or undefined when there is none. */
function groupTabs(children: readonly Block[], ids: DocumentIds, ctx: Context): Block[] | undefined {
  const result: Block[] = [];
  let found = false;
  for (let index = 0; index < children.length;) {
    if (!tabLink(children[index]!)) {
      result.push(children[index++]!);
      continue;
    }
    found = true;
    const { tabs, next } = tabGroup(children, index);
    const sections = tabs.map((tab) => section(tab, ids, ctx));
    result.push(element('docfxTabs', 'div', { className: ['tabs'] }, sections));
    index = next;
  }
  return found ? result : undefined;
}

export function tabsPlugin(ids: DocumentIds): MdastPluginEntry {
  return onlyIfUsed(
    /#tab\//,
    containersPlugin('docfx-tabs', (children, ctx) => groupTabs(children, ids, ctx)),
  );
}
