import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { hasArticleExtension } from '../articles/files.ts';
import { isArticleFile, isContentFile, isResourceFile, type DocfxConfig } from './docfx-config.ts';
import { isTocFileName } from './toc.ts';

/**
 * Every file below a doc set folder and what it is to the site. A file is published (article,
 * media), used (TOC, include), or skipped by a named rule; none is passed over in silence, so
 * the build can say what it did with each.
 */

export type SkipRule =
  | 'hidden'
  | 'symbolic link'
  | 'root README'
  | 'configuration'
  | 'excluded by docfx.json'
  | 'YAML page'
  | 'not an article, TOC, include or image';

export interface Inventory {
  /** Article files, relative to the doc set folder with "/" separators, sorted. */
  articles: string[];
  /** Images and other resources published as they are. */
  media: string[];
  tocs: string[];
  /** Markdown in `includes/` folders: pulled into articles, not pages of their own. */
  includes: string[];
  skipped: { file: string; rule: SkipRule }[];
}

const INCLUDES_FOLDER = /(?:^|\/)includes\//i;
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;
const CONFIGURATION = new Set([
  'docfx.json',
  '.openpublishing.publish.config.json',
  '.openpublishing.redirection.json',
  'zone-pivot-groups.yml',
]);

/** Files below the folder as relative paths, symbolic links and dot-files reported rather than followed. */
function walk(folder: string, skipped: Inventory['skipped']): string[] {
  const files: string[] = [];
  const visit = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith('.')) {
        if (!CONFIGURATION.has(entry.name)) skipped.push({ file, rule: 'hidden' });
        else files.push(file);
      } else if (entry.isSymbolicLink() || lstatSync(path.join(folder, file)).isSymbolicLink()) {
        // A link could lead anywhere on the machine: never followed, always said.
        skipped.push({ file, rule: 'symbolic link' });
      } else if (entry.isDirectory()) {
        visit(file);
      } else if (entry.isFile()) {
        files.push(file);
      }
    }
  };
  visit('');
  return files.sort();
}

function classifyWithDocfx(file: string, docfx: DocfxConfig): keyof Omit<Inventory, 'skipped'> | SkipRule {
  const name = path.posix.basename(file);
  if (CONFIGURATION.has(name.toLowerCase())) return 'configuration';
  if (isTocFileName(file)) return 'tocs';
  if (INCLUDES_FOLDER.test(file) && hasArticleExtension(name)) return 'includes';
  if (isArticleFile(docfx, file)) return 'articles';
  if (isResourceFile(docfx, file)) return 'media';
  if (isContentFile(docfx, file)) return 'YAML page';
  return 'excluded by docfx.json';
}

/** Without docfx.json, DocFX's defaults: Markdown anywhere but in includes/, TOC files and a root README. */
function classifyByDefault(file: string): keyof Omit<Inventory, 'skipped'> | SkipRule {
  const name = path.posix.basename(file);
  if (CONFIGURATION.has(name.toLowerCase())) return 'configuration';
  if (isTocFileName(file)) return 'tocs';
  if (INCLUDES_FOLDER.test(file) && hasArticleExtension(name)) return 'includes';
  if (/^readme\.md$/i.test(file)) return 'root README';
  if (hasArticleExtension(name)) return 'articles';
  if (IMAGE.test(name)) return 'media';
  return 'not an article, TOC, include or image';
}

export function takeInventory(folder: string, docfx: DocfxConfig | undefined): Inventory {
  const inventory: Inventory = { articles: [], media: [], tocs: [], includes: [], skipped: [] };
  for (const file of walk(folder, inventory.skipped)) {
    const kind = docfx ? classifyWithDocfx(file, docfx) : classifyByDefault(file);
    if (kind === 'articles' || kind === 'media' || kind === 'tocs' || kind === 'includes') inventory[kind].push(file);
    else inventory.skipped.push({ file, rule: kind });
  }
  inventory.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return inventory;
}

/**
 * A dev server's news: a file added to the folder (or removed), placed in the inventory as
 * takeInventory would place it. True when that made a change to its articles.
 */
export function updateInventory(
  inventory: Inventory,
  file: string,
  docfx: DocfxConfig | undefined,
  present: boolean,
): boolean {
  const kind = docfx ? classifyWithDocfx(file, docfx) : classifyByDefault(file);
  if (kind !== 'articles') return false;
  const at = inventory.articles.indexOf(file);
  if (present === at >= 0) return false;
  if (present) inventory.articles.push(file);
  else inventory.articles.splice(at, 1);
  inventory.articles.sort();
  return true;
}

/** "12 hidden, 3 excluded by docfx.json": the skipped files counted by rule, for the build's summary. */
export function skippedByRule(inventory: Inventory): Map<SkipRule, number> {
  const counts = new Map<SkipRule, number>();
  for (const { rule } of inventory.skipped) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return counts;
}
