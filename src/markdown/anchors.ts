import type { Heading, Html, RootContent } from 'mdast';
import type { MdastPluginEntry, MdxJsxTextElement } from 'satteri';
import { onlyIfUsed } from './only-if-used.ts';
import type { Context, DocumentIds } from './document.ts';

/**
 * Legacy `<a name="…"></a>` anchors, which old Docs links still point at: in a heading the name
 * becomes the heading's id; elsewhere an empty span keeps it as a target.
 */

const ANCHOR_OPEN = /^<a\s+name\s*=\s*["']([^"']+)["']\s*\/?>$/i;
/** "</a>", or "<a/>" as some localized sources close one. */
const ANCHOR_CLOSE = /^(?:<\/a>|<a\s*\/>)$/i;

/** The target name of a legacy `<a name="…">` anchor, written as raw HTML or as MDX JSX. */
export function legacyAnchorName(node: RootContent): string | undefined {
  if (node.type === 'html') return ANCHOR_OPEN.exec(node.value.trim())?.[1];
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    if (node.name !== 'a') return undefined;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
    return typeof attribute?.value === 'string' ? attribute.value : undefined;
  }
  return undefined;
}

/** The legacy anchor a heading carries, if any. */
export function headingAnchor(heading: Readonly<Heading>): string | undefined {
  for (const child of heading.children as RootContent[]) {
    const name = legacyAnchorName(child);
    if (name !== undefined) return name;
  }
  return undefined;
}

export function isAnchorClose(node: RootContent | undefined): boolean {
  return node?.type === 'html' && ANCHOR_CLOSE.test(node.value.trim());
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function moveAnchorToId(heading: Readonly<Heading>, ctx: Context, id: string | undefined): void {
  const children = heading.children as RootContent[];
  const at = children.findIndex((child) => legacyAnchorName(child) !== undefined);
  ctx.removeNode(children[at]!);
  if (isAnchorClose(children[at + 1])) ctx.removeNode(children[at + 1]!);
  if (id !== undefined) ctx.setProperty(heading, 'data', { ...heading.data, hProperties: { id } });
}

export function anchorsPlugin(ids: DocumentIds): MdastPluginEntry {
  // Only a source with an "<a " tag has an anchor to move.
  return onlyIfUsed(/<a\s/i, {
    name: 'docfx-anchors',
    heading(node, ctx) {
      const anchor = headingAnchor(node);
      if (anchor === undefined) return;
      // A repeated name (two headings with one anchor) is numbered, as Markdig numbers repeated ids.
      moveAnchorToId(node, ctx, ids.claimNumbered(anchor));
      // A heading may carry several legacy names; the others stay targets as empty spans.
      const children = node.children as RootContent[];
      const first = children.findIndex((child) => legacyAnchorName(child) !== undefined);
      children.forEach((child, index) => {
        const name = index > first ? legacyAnchorName(child) : undefined;
        if (name === undefined) return;
        const id = ids.claim(name);
        if (id === undefined) ctx.removeNode(child);
        else
          ctx.replaceNode(child, { type: 'html', value: `<span id="${escapeAttribute(id)}"></span>` } satisfies Html);
        if (isAnchorClose(children[index + 1])) ctx.removeNode(children[index + 1]!);
      });
    },
    html(node, ctx) {
      const parent = ctx.parent(node);
      if (!parent || parent.type === 'heading') return;
      const name = legacyAnchorName(node);
      if (name !== undefined) {
        const id = ids.claim(name);
        if (id === undefined) ctx.removeNode(node);
        else ctx.replaceNode(node, { type: 'html', value: `<span id="${escapeAttribute(id)}"></span>` } satisfies Html);
        return;
      }
      const index = ctx.indexOf(node) ?? 0;
      const previous = (parent.children as RootContent[])[index - 1];
      if (isAnchorClose(node) && previous && legacyAnchorName(previous) !== undefined) ctx.removeNode(node);
    },
    mdxJsxTextElement(node, ctx) {
      const name = legacyAnchorName(node);
      if (name === undefined || ctx.parent(node)?.type === 'heading') return;
      const id = ids.claim(name);
      if (id === undefined) {
        ctx.removeNode(node);
        return;
      }
      const span: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
        children: [],
      };
      ctx.replaceNode(node, span);
    },
  });
}
