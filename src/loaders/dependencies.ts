import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocSet } from '../docset/doc-set.ts';
import { ZONE_PIVOT_GROUPS_FILE } from '../docset/zone-pivots.ts';
import { DOCFX_CONFIG, PUBLISH_CONFIG } from '../docset/source.ts';
import { codePathsIn } from '../markdown/code.ts';
import { includePathsIn, resolveInclude, type IncludeBounds } from '../markdown/includes.ts';

/**
 * What decides an article's page besides its own text, for the content cache's digest: a
 * rebuild must equal a cold build. Two parts:
 * - the doc set's fingerprint, the same for every article: the settings of the build, the
 *   configuration, TOC and redirection files, and which articles and media there are (a file
 *   added, removed or replaced changes where any article's links and images lead);
 * - each article's own dependencies: the text of the files it includes, at any depth, and of
 *   the code files it or they show, from wherever they are read (the source-language
 *   repository's copy too).
 */

function fileText(file: string): string {
  return existsSync(file) ? readFileSync(file, 'latin1') : '';
}

/** A file's size and modification time: enough to see it replaced, without reading every image. */
function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export interface BuildSettings {
  base: string;
  strict: boolean;
}

/** The doc set's fingerprint: one hash of everything every page depends on. */
export function docSetFingerprint(docSet: DocSet, settings: BuildSettings): string {
  const { source, inventory, leftOut, fallbackMedia, invalidMedia } = docSet;
  const hash = createHash('sha256');
  const add = (label: string, value: string) => hash.update(`\0${label}\0`).update(value);
  add('settings', JSON.stringify({ ...settings, folder: source.folder, fallback: source.fallbackFolder ?? null }));
  add('docset', JSON.stringify(source.docset ?? null));
  const configuration = [
    path.join(source.root, PUBLISH_CONFIG),
    path.join(source.folder, DOCFX_CONFIG),
    path.join(source.folder, ZONE_PIVOT_GROUPS_FILE),
    ...source.redirectionFiles.map((file) => path.join(source.root, file)),
    ...inventory.tocs.map((file) => path.join(source.folder, file)),
  ];
  for (const file of configuration) add(file, fileText(file));
  add('articles', inventory.articles.join('\n'));
  add('left out', leftOut.join('\n'));
  for (const file of inventory.media) add(file, fileStamp(path.join(source.folder, file)));
  for (const file of fallbackMedia) add(`fallback ${file}`, fileStamp(path.join(source.fallbackFolder ?? '', file)));
  add('invalid media', JSON.stringify(invalidMedia));
  return hash.digest('hex');
}

/**
 * The texts an article depends on beyond its own: included files (nested too) and code files,
 * as far as they can be read, each once.
 */
export function dependencyTexts(
  file: string,
  contents: string,
  bounds: IncludeBounds,
  seen = new Set<string>(),
): string[] {
  const texts: string[] = [];
  for (const written of codePathsIn(contents)) {
    const resolved = resolveInclude(file, written, bounds);
    if ('problem' in resolved || seen.has(resolved.readFrom)) continue;
    seen.add(resolved.readFrom);
    texts.push(fileText(resolved.readFrom));
  }
  for (const written of includePathsIn(contents)) {
    const resolved = resolveInclude(file, written, bounds);
    if ('problem' in resolved || seen.has(resolved.readFrom)) continue;
    seen.add(resolved.readFrom);
    const text = fileText(resolved.readFrom);
    texts.push(text, ...dependencyTexts(resolved.file, text, bounds, seen));
  }
  return texts;
}
