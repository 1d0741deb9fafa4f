import path from 'node:path';
import { readSource } from '../articles/read.ts';
import type { LinkTargets } from '../articles/link-targets.ts';
import { metadataFor, type DocfxConfig } from '../docset/docfx-config.ts';
import type { Finding } from '../findings/finding.ts';
import { checkArticleSource } from './article.ts';
import type { ReadFrontmatter } from './frontmatter.ts';

/**
 * Checking a list of article files, one after another: the work of one thread, the build's own
 * or a helper process's (check-helper.ts), which the folder check hands its share.
 */

export interface FilesCheck {
  folder: string;
  /** The repository root, which includes must not leave. */
  root: string;
  /** The files to check: all of the folder's articles, or one helper's share. */
  names: readonly string[];
  targets: LinkTargets;
  strict: boolean;
  docfx: DocfxConfig | undefined;
  displayRoot: string;
  /** The source-language repository's root, where includes and code files this one lacks are read. */
  fallbackRoot?: string | undefined;
  /** Takes the frontmatter as it is read, a batch at a time, rather than in the result (check-helper.ts). */
  handOff?: (frontmatter: [string, ReadFrontmatter][]) => void;
}

/** The frontmatter of this many articles crosses from a check helper at a time. */
const HANDOFF_BATCH = 200;

/** Frontmatter a check helper sends before its answer (FilesCheck.handOff). */
export interface FrontmatterBatch {
  frontmatter: [string, ReadFrontmatter][];
}

/** What checking some files found. */
export interface FilesChecked {
  diagnostics: Finding[];
  fallbackFiles: string[];
  /** The frontmatter of each file whose frontmatter was right, by its name. */
  frontmatter: [string, ReadFrontmatter][];
}

/** Checks the given article files of a folder, each with the metadata docfx.json gives it. */
export function checkFiles({
  folder,
  root,
  names,
  targets,
  strict,
  docfx,
  displayRoot,
  fallbackRoot,
  handOff,
}: FilesCheck): FilesChecked {
  const diagnostics: Finding[] = [];
  const fallbackFiles = new Set<string>();
  const frontmatter: [string, ReadFrontmatter][] = [];
  for (const name of names) {
    const absolute = path.join(folder, name);
    const file = path.relative(displayRoot, absolute);
    const source = readSource(absolute);
    if ('problem' in source) {
      diagnostics.push({ code: source.code, file, line: source.line, message: source.problem });
      continue;
    }
    const metadata = docfx ? metadataFor(docfx, name) : undefined;
    const checked = checkArticleSource(file, source.text, {
      strict,
      targets,
      docSetFile: name,
      metadata,
      includes: { folder, bounds: { root, docSet: folder, fallbackRoot }, displayRoot },
    });
    diagnostics.push(...checked.diagnostics);
    if (checked.frontmatter) {
      frontmatter.push([name, checked.frontmatter]);
      if (handOff && frontmatter.length >= HANDOFF_BATCH) handOff(frontmatter.splice(0));
    }
    for (const fallback of checked.fallbackFiles) fallbackFiles.add(fallback);
  }
  if (handOff && frontmatter.length > 0) handOff(frontmatter.splice(0));
  return { diagnostics, fallbackFiles: [...fallbackFiles], frontmatter };
}
