import path from 'node:path';
import { withoutArticleExtension } from '../articles/files.ts';
import {
  createLinkTargets,
  withRedirections,
  type InvalidMedia,
  type LearnLocation,
} from '../articles/link-targets.ts';
import { findRouteCollisions, routeOf } from '../articles/slug.ts';
import type { DocfxConfig } from '../docset/docfx-config.ts';
import { takeInventory, type Inventory } from '../docset/inventory.ts';
import type { Redirection } from '../docset/redirections.ts';
import { checkFiles, type FilesChecked, type FrontmatterBatch } from './files.ts';
import type { ReadFrontmatter } from './frontmatter.ts';
import type { Finding } from '../findings/finding.ts';
import { helpersFor, startHelper } from '../utils/subprocess.ts';
import type { CheckHelperInput } from './check-helper.ts';

export interface FolderCheckOptions {
  strict: boolean;
  learn: LearnLocation;
  /** The doc set's docfx.json, which decides what is an article; DocFX's defaults without one. */
  docfx?: DocfxConfig | undefined;
  /** Addresses the site keeps for pages of its own ("raksti" for the A–Z list): no article may take one. */
  reservedRoutes?: readonly string[];
  /** The folder's inventory, when the caller has taken it already. */
  inventory?: Inventory;
  /** Moved articles and where links to them lead (the repository's redirections). */
  moved?: readonly Pick<Redirection, 'file' | 'to'>[];
  /** The repository root, which includes must not leave; the folder itself by default. */
  root?: string;
  /** Images published from the source-language repository (see ContentSource.fallbackFolder). */
  fallbackMedia?: readonly string[];
  /** Media files that are not what their names say (see screenMedia): shown as words, not published. */
  invalidMedia?: readonly InvalidMedia[];
  /** The source-language repository's root, where includes and code files this one lacks are read. */
  fallbackRoot?: string | undefined;
  /** How many helper processes check the articles; by default as many as helpersFor says. */
  helpers?: number;
}

export interface FolderCheck {
  /** Article files, relative to the folder. */
  files: string[];
  mediaFiles: string[];
  inventory: Inventory;
  diagnostics: Finding[];
  /** Include and code files read from the source-language repository, absolute. */
  fallbackFiles: string[];
  /** The frontmatter of each article whose frontmatter was right, by its file. */
  frontmatter: Map<string, ReadFrontmatter>;
}

/** Findings about the folder as a whole: no articles, two articles at one address, or one at the site's own. */
export function folderDiagnostics(
  folder: string,
  files: readonly string[],
  displayRoot: string,
  reservedRoutes: readonly string[] = [],
): Finding[] {
  const display = (name: string) => path.relative(displayRoot, path.join(folder, name));
  // The file whose name is its address already keeps it (the first one where none is, or two
  // are); each other one is left out, and named.
  const isOwnAddress = (file: string, route: string) => withoutArticleExtension(file) === route;
  const diagnostics: Finding[] = findRouteCollisions(files).flatMap(({ route, files: colliding }) => {
    const kept = colliding.find((file) => isOwnAddress(file, route)) ?? colliding[0]!;
    return colliding
      .filter((file) => file !== kept)
      .map((other) => ({
        code: 'route-collision' as const,
        file: display(other),
        message: `same address /${route}/ as ${display(kept)}, which is published: expected file names that differ in more than case, accents or punctuation; left out`,
      }));
  });
  const reserved = new Set(reservedRoutes);
  for (const file of files) {
    const top = routeOf(file).split('/')[0]!;
    if (reserved.has(top)) {
      diagnostics.push({
        code: 'route-reserved',
        file: display(file),
        message: `address /${routeOf(file)}/ is the site's own (/${top}/): expected another file or folder name`,
      });
    }
  }
  if (files.length === 0) {
    diagnostics.push({
      code: 'no-articles',
      file: path.relative(displayRoot, folder) || '.',
      message: 'no articles: expected .md or .mdx files in this folder',
    });
  }
  return diagnostics;
}

/**
 * Checks every article of a content folder, so that one run reports every broken file.
 * A large folder is spread over helper processes, one per core: parsing is the bulk of
 * the work, and each file parses on its own.
 */
export async function checkContentFolder(
  folder: string,
  { strict, learn, docfx, reservedRoutes = [], moved = [], root = folder, ...options }: FolderCheckOptions,
  displayRoot = process.cwd(),
): Promise<FolderCheck> {
  const inventory = options.inventory ?? takeInventory(folder, docfx);
  const files = inventory.articles;
  const mediaFiles = [...inventory.media, ...(options.fallbackMedia ?? [])];
  const invalidMedia = options.invalidMedia ?? [];
  const fallbackRoot = options.fallbackRoot;
  const helpers = options.helpers ?? helpersFor(files.length);
  let checked: FilesChecked;
  if (helpers === 0) {
    checked = checkFiles({
      folder,
      root,
      names: files,
      targets: withRedirections(createLinkTargets(files, mediaFiles, '/', learn, invalidMedia), moved),
      strict,
      docfx,
      displayRoot,
      fallbackRoot,
    });
  } else {
    const shares = Array.from({ length: helpers }, (_, index) => files.filter((_, at) => at % helpers === index));
    const results = await Promise.all(
      shares.map((names) =>
        runHelper({
          folder,
          root,
          names,
          allFiles: files,
          mediaFiles,
          invalidMedia,
          strict,
          learn,
          docfx,
          moved,
          displayRoot,
          fallbackRoot,
        }),
      ),
    );
    // Findings come back in file order, as a single-threaded check reports them.
    const byFile = (a: Finding, b: Finding) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
    checked = {
      diagnostics: results.flatMap((result) => result.diagnostics).sort(byFile),
      fallbackFiles: [...new Set(results.flatMap((result) => result.fallbackFiles))],
      frontmatter: results.flatMap((result) => result.frontmatter),
    };
  }
  return {
    files,
    mediaFiles,
    inventory,
    // An include used by several articles is checked with each; its findings are said once.
    diagnostics: [
      ...uniqueFindings(checked.diagnostics),
      ...folderDiagnostics(folder, files, displayRoot, reservedRoutes),
    ],
    fallbackFiles: checked.fallbackFiles.sort(),
    frontmatter: new Map(checked.frontmatter),
  };
}

function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\0${finding.file}\0${finding.line}\0${finding.key}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runHelper(input: CheckHelperInput): Promise<FilesChecked> {
  // The frontmatter comes in batches as the helper reads it, then the answer.
  const frontmatter: FilesChecked['frontmatter'] = [];
  return new Promise((resolve, reject) => {
    startHelper<FilesChecked | FrontmatterBatch>(new URL('./check-helper.ts', import.meta.url), input, {
      answer: (message) => {
        for (const entry of message.frontmatter) frontmatter.push(entry);
        if ('diagnostics' in message) resolve({ ...message, frontmatter });
      },
      end: (problem) => reject(new Error(`article check helper ${problem}`)),
    });
  });
}
