import type { MdastPluginEntry } from 'satteri';
import { inlineTagsPlugin, tagsIn } from './inline-tags.ts';
import { tagSource } from './tag-attributes.ts';

/**
 * DocFX `:::no-loc text="Power BI":::` (Microsoft Learn Markdown reference, "Non-localized
 * strings"): words the translators keep as written. Learn shows the words; so does the page, as
 * text, whatever they hold.
 */
const NO_LOC_TAG = new RegExp(tagSource('no-loc'), 'g');

export function noLocPlugin(): MdastPluginEntry {
  return inlineTagsPlugin(
    'docfx-no-loc',
    /:::no-loc/,
    (text) => tagsIn(NO_LOC_TAG, text),
    (attributes) => ({ type: 'text', value: attributes.get('text') ?? '' }),
  );
}
