import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { MAY_INCLUDE } from './includes.ts';

/**
 * The plugin for documents whose source matches `uses` or includes other files, and no pass at
 * all for the others: most articles use none of these extensions, and each plugin is a walk
 * over the whole tree.
 */
export function onlyIfUsed(uses: RegExp, plugin: MdastPluginDefinition): MdastPluginEntry {
  return (document: PluginFactoryContext) =>
    uses.test(document.source) || MAY_INCLUDE.test(document.source) ? plugin : null;
}
