import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { parseDocfxConfig, type DocfxConfig } from './docfx-config.ts';
import { parsePublishConfig, type DependentRepository, type PublishedDocset } from './publish-config.ts';

/**
 * What CONTENT_DIR points at: a plain folder of articles, a DocFX doc set (a folder with
 * docfx.json), or a whole Open Publishing repository whose publish configuration names its doc
 * set folder. Everything after this step works on one doc set folder, whichever it was.
 */

export const PUBLISH_CONFIG = '.openpublishing.publish.config.json';
export const REDIRECTION_FILE = '.openpublishing.redirection.json';
export const DOCFX_CONFIG = 'docfx.json';
/** Where Open Publishing checks out the source-language repository of a localized one. */
export const ENGLISH_CHECKOUT = '_repo.en-us';

export type SourceKind = 'folder' | 'docset' | 'repository';

export interface ContentSource {
  kind: SourceKind;
  /** The doc set folder: articles, TOCs, includes and media are read below it. */
  folder: string;
  /** The repository root: nothing outside it is ever read. The folder itself for a plain folder or doc set. */
  root: string;
  docfx: DocfxConfig | undefined;
  /** The doc set as the publish configuration names it, for a repository. */
  docset: PublishedDocset | undefined;
  /** Where the English originals of a localized repository live (its `_repo.en-us` entry). */
  englishSource: DependentRepository | undefined;
  /** The repository's redirection files that exist, relative to its root. */
  redirectionFiles: string[];
  /**
   * The same doc set in the source-language repository, where a localized one's images live:
   * CONTENT_FALLBACK_DIR (a checkout of that repository), or its `_repo.en-us` checkout beside
   * the doc set, as DocFX localization builds lay it out. Images missing here are taken from it.
   */
  fallbackFolder: string | undefined;
  /** The root of that source-language repository, laid out as this one: includes and code files this one lacks are read there. */
  fallbackRoot: string | undefined;
  diagnostics: Finding[];
}

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * Reads the configuration files of the folder: a repository's publish configuration first, then
 * the docfx.json of the doc set it names (or of the folder itself). `fallbackRoot` and
 * `docsetName` are the settings CONTENT_FALLBACK_DIR and DOCSET (see context/settings.ts).
 */
export function resolveContentSource(
  folder: string,
  displayRoot = process.cwd(),
  fallbackRoot?: string,
  docsetName?: string,
): ContentSource {
  const display = (file: string) => path.relative(displayRoot, file) || '.';
  const diagnostics: Finding[] = [];
  const source: ContentSource = {
    kind: 'folder',
    folder,
    root: folder,
    docfx: undefined,
    docset: undefined,
    englishSource: undefined,
    redirectionFiles: [],
    fallbackFolder: undefined,
    fallbackRoot: undefined,
    diagnostics,
  };

  const publishFile = path.join(folder, PUBLISH_CONFIG);
  if (existsSync(publishFile)) {
    const { config, diagnostics: found } = parsePublishConfig(display(publishFile), readText(publishFile));
    diagnostics.push(...found);
    source.kind = 'repository';
    source.englishSource = config.englishSource;
    source.redirectionFiles = [REDIRECTION_FILE, ...config.redirectionFiles].filter((file) =>
      existsSync(path.join(folder, file)),
    );
    const chosen =
      docsetName === undefined ? config.docsets : config.docsets.filter((docset) => docset.name === docsetName);
    const [first, ...others] = chosen;
    if (docsetName !== undefined && first === undefined) {
      diagnostics.push({
        file: display(publishFile),
        code: 'setting-invalid',
        key: 'DOCSET',
        message: `no doc set named "${docsetName}": expected one of ${config.docsets.map((docset) => docset.name).join(', ')}`,
      });
      return source;
    }
    if (first === undefined) {
      diagnostics.push({
        file: display(publishFile),
        code: 'setting-invalid',
        key: 'docsets_to_publish',
        message: 'expected at least one doc set to publish, got none',
      });
      return source;
    }
    if (others.length > 0) {
      diagnostics.push({
        file: display(publishFile),
        line: others[0]!.line,
        code: 'setting-invalid',
        key: 'docsets_to_publish',
        message: `${config.docsets.length} doc sets (${config.docsets.map((docset) => docset.name).join(', ')}): expected DOCSET=<name> to say which to build; build each under its own output folder (see README)`,
      });
    }
    source.docset = first;
    source.folder = path.join(folder, first.sourceFolder);
    if (!existsSync(source.folder) || !statSync(source.folder).isDirectory()) {
      diagnostics.push({
        file: display(publishFile),
        line: first.line,
        code: 'setting-invalid',
        key: 'build_source_folder',
        message: `expected the doc set folder "${first.sourceFolder}" in the repository, found none`,
      });
      return source;
    }
  }

  const docSetFolder = path.relative(source.root, source.folder);
  const fallbackRepository = path.resolve(fallbackRoot ?? path.join(source.root, ENGLISH_CHECKOUT));
  const fallback = path.join(fallbackRepository, docSetFolder);
  if (existsSync(fallback) && statSync(fallback).isDirectory()) {
    source.fallbackFolder = fallback;
    source.fallbackRoot = fallbackRepository;
  } else if (fallbackRoot !== undefined) {
    diagnostics.push({
      file: fallbackRoot,
      code: 'setting-invalid',
      key: 'CONTENT_FALLBACK_DIR',
      message: `expected the source-language repository there, with the doc set folder "${docSetFolder || '.'}"`,
    });
  }

  const docfxFile = path.join(source.folder, DOCFX_CONFIG);
  if (existsSync(docfxFile)) {
    const { config, diagnostics: found } = parseDocfxConfig(display(docfxFile), readText(docfxFile));
    diagnostics.push(...found);
    source.docfx = config;
    if (source.kind === 'folder') source.kind = 'docset';
  }
  return source;
}
