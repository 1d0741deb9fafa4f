import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { MAY_INCLUDE } from './includes.ts';

/**
 * The plugin for documents whose source matches `uses` or includes other files, and no pass at
 * all for the others: most articles use none of these extensions, and each plugin is a walk
 * over the whole tree.
 */
export function onlyIfUsed(uses: RegExp, plugin: MdastPluginDefinition): MdastPluginEntry {
  return (document: PluginFactoryContext) => (isUsed(uses, document.source) ? plugin : null);
}

/** Whether a document's source matches `uses` or may bring in other files that do. */
export function isUsed(uses: RegExp, source: string): boolean {
  return uses.test(source) || MAY_INCLUDE.test(source);
}

/**
 * As onlyIfUsed, for a plugin that reads node positions where it can: a document whose own
 * source matches `uses` is parsed with them; one that only includes others gets the plugin
 * without (tracking positions slows parsing, and included content has none of the article's).
 */
export function onlyIfUsedWithPositions(uses: RegExp, plugin: MdastPluginDefinition): MdastPluginEntry {
  const positioned: MdastPluginDefinition = { ...plugin, options: { position: true } };
  return (document: PluginFactoryContext) =>
    uses.test(document.source) ? positioned : MAY_INCLUDE.test(document.source) ? plugin : null;
}
