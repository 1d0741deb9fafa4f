import type { Link, Paragraph } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { inlineTagsPlugin, tagsIn, type TagMatch } from './inline-tags.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagSource } from './tag-attributes.ts';
import type { SyntaxCheck } from './syntax-check.ts';

/** DocFX `> [!VIDEO url]`: a plain link to the video, so no third-party frame loads with the page. */
const VIDEO_MARKER = /^\[!VIDEO\s+([^\]\s]+)\s*\]$/i;
/** A cheap look at a source: it may hold a video. */
const USES = /\[!VIDEO/i;

/** The video address a block quote's whole text names, or undefined. */
export function videoAddress(text: string): string | undefined {
  return VIDEO_MARKER.exec(text.trim())?.[1];
}

/** A block quote line: its depth (the number of `>`) and the text after them. */
const QUOTE_LINE = /^\s*((?:>\s*)+)(.*)$/;

function quoteLine(text: string | undefined): { depth: number; rest: string } | undefined {
  const match = text === undefined ? null : QUOTE_LINE.exec(text);
  return match ? { depth: match[1]!.split('>').length - 1, rest: match[2]!.trim() } : undefined;
}

/** `[!VIDEO` markers without one address, or sharing their block quote with other text. */
export const videoCheck: SyntaxCheck = {
  uses: USES,
  problems: (lines) =>
    lines.flatMap(({ text, line }, index) => {
      const quote = quoteLine(text);
      if (!quote || !/^\[!VIDEO\b/i.test(quote.rest)) return [];
      const problem = (message: string) => [{ code: 'video-malformed' as const, line, message }];
      if (videoAddress(quote.rest) === undefined) {
        return problem('expected "> [!VIDEO https://…]" with one address; shown as a quote');
      }
      // Lines of the same quote around it: the marker is then part of a longer quote, shown as written.
      const sameQuote = (other: { text: string; line: number } | undefined) => {
        const near = other && Math.abs(other.line - line) === 1 ? quoteLine(other.text) : undefined;
        return near !== undefined && near.depth === quote.depth && near.rest !== '';
      };
      if (sameQuote(lines[index - 1]) || sameQuote(lines[index + 1])) {
        return problem('expected the video alone in its block quote, a blank line around it; shown as a quote');
      }
      return [];
    }),
};

export function videoPlugin(label: string): MdastPluginEntry {
  return onlyIfUsed(USES, {
    name: 'docfx-video',
    blockquote(node, ctx) {
      const first = node.children[0];
      if (node.children.length !== 1 || first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return;
      // GFM may have turned the address into a link, so the marker is read from the paragraph's text.
      const url = videoAddress(ctx.textContent(first));
      if (url === undefined) return;
      const paragraph: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['video-link'] } } as Paragraph['data'],
        children: [{ type: 'link', url, children: [{ type: 'text', value: label }] }],
      };
      ctx.replaceNode(node, paragraph);
    },
  });
}

/**
 * DocFX `:::video source="…" title="…":::`: a link to the video named by its title, as `[!VIDEO]`
 * is, so no third-party frame loads with the page.
 */
const VIDEO_TAG = new RegExp(tagSource('video'), 'g');

/** The attributes of every `:::video …:::` tag in a text, with where each starts and ends. */
export function videoTags(text: string): TagMatch[] {
  return tagsIn(VIDEO_TAG, text);
}

export function videoTagPlugin(label: string): MdastPluginEntry {
  return inlineTagsPlugin('docfx-video-tag', /:::video/, videoTags, (attributes): Link => {
    const title = attributes.get('title')?.trim();
    return {
      type: 'link',
      url: attributes.get('source') ?? '',
      children: [{ type: 'text', value: title ? `${label}: ${title}` : label }],
    };
  });
}
