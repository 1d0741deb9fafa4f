import type { Paragraph } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { containersPlugin, isParagraph, type Block } from './blocks.ts';
import { codeReference } from './code.ts';
import type { Context } from './document.ts';
import { isBlockInclude } from './includes.ts';
import { paragraphLines, paragraphOf } from './lines.ts';
import { onlyIfUsed } from './only-if-used.ts';

/**
 * DocFX's block directives (`[!INCLUDE …]`, `[!code-… …]`, `:::code …:::`) are blocks of their
 * own, each on its line, whatever lines stand next to them: DocFX reads them before paragraphs.
 * CommonMark joins lines with no blank line between into one paragraph, so four `[!code-cs…]`
 * lines in a row, or a `:::code` line right after a sentence, arrive as one paragraph of text.
 * Such a paragraph is cut into one paragraph per directive line and one per run of other lines,
 * for the include and code plugins (and the checks) to read each as they read a paragraph.
 */

/** The parts of a paragraph, each with its first line's index in it; undefined if it needs no cut. */
export function directiveParts(
  paragraph: Readonly<Paragraph>,
  ctx: Pick<Context, 'textContent'>,
): { paragraph: Paragraph; line: number }[] | undefined {
  // Most paragraphs are one line, or hold no directive: a look at their text nodes spares cutting them.
  const texts = paragraph.children.filter((child) => child.type === 'text');
  const severalLines =
    paragraph.children.some((child) => child.type === 'break') || texts.some((text) => text.value.includes('\n'));
  if (!severalLines || !texts.some((text) => text.value.includes('[!') || text.value.includes(':::'))) return undefined;
  const lines = paragraphLines(paragraph, ctx);
  if (lines.length < 2) return undefined;
  const isDirective = lines.map((line) => {
    const { children } = paragraphOf([line]);
    return isBlockInclude(children) || codeReference(children) !== undefined;
  });
  if (!isDirective.some(Boolean)) return undefined;
  const parts: { paragraph: Paragraph; line: number }[] = [];
  let start = 0;
  for (let at = 1; at <= lines.length; at++) {
    // A directive line stands alone; other lines stay together.
    if (at < lines.length && !isDirective[at] && !isDirective[at - 1]) continue;
    parts.push({ paragraph: paragraphOf(lines.slice(start, at)), line: start });
    start = at;
  }
  return parts;
}

const USES = /\[!include|\[!code|:::code|\[!notebook/i;

export function directiveLinesPlugin(): MdastPluginEntry {
  return onlyIfUsed(
    USES,
    containersPlugin('docfx-directive-lines', (children: readonly Block[], ctx) => {
      let cut = false;
      const blocks = children.flatMap((child): Block[] => {
        const parts = isParagraph(child) ? directiveParts(child, ctx) : undefined;
        if (parts) cut = true;
        return parts ? parts.map(({ paragraph }) => paragraph) : [child];
      });
      return cut ? blocks : undefined;
    }),
  );
}
