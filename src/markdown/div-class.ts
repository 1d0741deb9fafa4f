import type { Blockquote } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes } from './tag-attributes.ts';
import type { Context } from './document.ts';
import type { SyntaxCheck } from './syntax-check.ts';

/**
 * DocFX `[!div]` blocks (Microsoft Learn Markdown reference, "Next step action", "Checklist",
 * "Selectors"): a block quote whose first line is the marker, the rest of it the content.
 *
 *     > [!div class="nextstepaction"]
 *     > [Next article](next.md)
 *
 * becomes `<div class="nextstepaction"><p><a href="…">Next article</a></p></div>`. The stylesheet
 * gives `nextstepaction` (a prominent link), `checklist` (a list ticked off) and
 * `op_single_selector` (a row of links) their looks; any other class (`mx-tdBreakAll`…) is kept,
 * on a plain `<div>`, each name reduced to letters, digits, `-` and `_` (a name with anything else
 * is dropped), so what an article writes stays a class name and nothing more.
 */

const DIV_MARKER = /^\[!div\s+([^\]\n]*)\][ \t]*(?:\n|$)/i;
const CLASS_NAME = /^[\w-]+$/;

/**
 * The classes a block quote's leading `[!div class="…"]` gives, with the marker's length and the
 * names it had to drop, or undefined.
 */
export function divMarker(text: string): { classes: string[]; dropped: string[]; length: number } | undefined {
  const match = DIV_MARKER.exec(text);
  if (!match) return undefined;
  const names = (tagAttributes(match[1]!).get('class') ?? '').split(/\s+/).filter(Boolean);
  return {
    classes: names.filter((name) => CLASS_NAME.test(name)),
    dropped: names.filter((name) => !CLASS_NAME.test(name)),
    length: match[0].length,
  };
}

/** A block quote line that starts with `[!div`, and the text from the marker on. */
const DIV_LINE = /^\s*(?:>\s*)+(\[!div\b.*)$/i;

/** `[!div` markers never closed, without a class, or with class names that cannot be kept. */
export const divCheck: SyntaxCheck = {
  uses: /\[!div/i,
  problems: (lines) =>
    lines.flatMap(({ text, line }) => {
      const written = DIV_LINE.exec(text)?.[1];
      if (written === undefined) return [];
      const marker = divMarker(written);
      const problem = (message: string) => [{ code: 'div-malformed' as const, line, message }];
      if (marker === undefined) {
        return problem('expected [!div class="nextstepaction"] (or another class) closed by "]"; shown as a quote');
      }
      if (marker.dropped.length > 0) {
        const names = marker.dropped.map((name) => `"${name}"`).join(', ');
        return problem(`class ${names} dropped: expected letters, digits, "-" or "_" in a class name`);
      }
      if (marker.classes.length === 0) {
        return problem('no class: expected [!div class="nextstepaction"] or another class; shown as a plain block');
      }
      return [];
    }),
};

function convertDiv(node: Readonly<Blockquote>, ctx: Context): void {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return;
  const lead = first.children[0];
  if (lead?.type !== 'text') return;
  const marker = divMarker(lead.value);
  if (!marker) return;

  const rest = lead.value.slice(marker.length);
  if (rest !== '') ctx.setProperty(lead, 'value', rest);
  else if (first.children.length > 1) ctx.removeNode(lead);
  else ctx.removeNode(first);
  ctx.setProperty(node, 'data', {
    hName: 'div',
    hProperties: marker.classes.length > 0 ? { className: marker.classes } : {},
  });
}

export function divClassPlugin(): MdastPluginEntry {
  return onlyIfUsed(/\[!div/i, {
    name: 'docfx-div-class',
    blockquote(node, ctx) {
      convertDiv(node, ctx);
    },
  });
}
