import { nameToEmoji } from 'gemoji';
import type { MdastPluginEntry } from 'satteri';
import { onlyIfUsed } from './only-if-used.ts';

/**
 * Emoji shortcodes (`:smile:`, `:+1:`), as DocFX's Markdig pipeline reads them (emoji on, smileys
 * off): a shortcode GitHub's list names becomes its emoji; any other `:word:` stays as written.
 * Code is never touched. Runs after the DocFX tags (`:::row:::`) have been read.
 */
const SHORTCODE = /:([a-z0-9_+-]+):/g;

export function emojiPlugin(): MdastPluginEntry {
  return onlyIfUsed(/:[a-z0-9_+-]+:/, {
    name: 'docfx-emoji',
    text(node, ctx) {
      const value = node.value.replace(SHORTCODE, (whole, name: string) => nameToEmoji[name] ?? whole);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  });
}
