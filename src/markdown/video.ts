import type { Paragraph } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { onlyIfUsed } from './blocks.ts';

/** DocFX `> [!VIDEO url]`: a plain link to the video, so no third-party frame loads with the page. */
const VIDEO_MARKER = /^\[!VIDEO\s+([^\]\s]+)\s*\]$/i;
/** A cheap look at a source: it may hold a video. */
const USES = /\[!VIDEO/i;

/** The video address a block quote's whole text names, or undefined. */
export function videoAddress(text: string): string | undefined {
  return VIDEO_MARKER.exec(text.trim())?.[1];
}

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
