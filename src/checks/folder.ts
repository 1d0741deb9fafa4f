import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readSource } from '../articles/read.ts';
import {
  createLinkTargets,
  withMovedArticles,
  type LearnLocation,
  type LinkTargets,
} from '../articles/link-targets.ts';
import { findRouteCollisions, routeOf } from '../articles/slug.ts';
import { metadataFor, type DocfxConfig } from '../docset/docfx-config.ts';
import { takeInventory, type Inventory } from '../docset/inventory.ts';
import { checkArticleSource } from './article.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { startHelper } from '../utils/subprocess.ts';
import type { CheckWorkerInput } from './worker.ts';

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
  moved?: readonly MovedArticle[];
  /** The repository root, which includes must not leave; the folder itself by default. */
  root?: string;
  /** Images published from the source-language repository (see ContentSource.fallbackFolder). */
  fallbackMedia?: readonly string[];
}

export interface MovedArticle {
  file: string;
  to: string;
}

export interface FolderCheck {
  /** Article files, relative to the folder. */
  files: string[];
  mediaFiles: string[];
  inventory: Inventory;
  diagnostics: Diagnostic[];
}

/** Below this many articles per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 250;

export interface FilesCheck {
  folder: string;
  /** The repository root, which includes must not leave. */
  root: string;
  /** The files to check: all of the folder's articles, or one worker's share. */
  names: readonly string[];
  targets: LinkTargets;
  strict: boolean;
  docfx: DocfxConfig | undefined;
  displayRoot: string;
}

/** Checks the given article files of a folder, each with the metadata docfx.json gives it. */
export function checkFiles({ folder, root, names, targets, strict, docfx, displayRoot }: FilesCheck): Diagnostic[] {
  return names.flatMap((name) => {
    const absolute = path.join(folder, name);
    const file = path.relative(displayRoot, absolute);
    const source = readSource(absolute);
    if ('problem' in source) return [{ file, line: source.line, severity: 'error' as const, message: source.problem }];
    const metadata = docfx ? metadataFor(docfx, name) : undefined;
    return checkArticleSource(file, source.text, {
      strict,
      targets,
      docSetFile: name,
      metadata,
      includes: { folder, bounds: { root }, displayRoot },
    }).diagnostics;
  });
}

/** Findings about the folder as a whole: no articles, two articles at one address, or one at the site's own. */
export function folderDiagnostics(
  folder: string,
  files: readonly string[],
  displayRoot: string,
  reservedRoutes: readonly string[] = [],
): Diagnostic[] {
  const display = (name: string) => path.relative(displayRoot, path.join(folder, name));
  const diagnostics: Diagnostic[] = findRouteCollisions(files).map((collision) => ({
    file: display(collision.files[0]!),
    severity: 'error',
    message: `same address /${collision.route}/ as ${collision.files.slice(1).map(display).join(', ')}: expected file names that differ in more than case, accents or punctuation`,
  }));
  const reserved = new Set(reservedRoutes);
  for (const file of files) {
    const top = routeOf(file).split('/')[0]!;
    if (reserved.has(top)) {
      diagnostics.push({
        file: display(file),
        severity: 'error',
        message: `address /${routeOf(file)}/ is the site's own (/${top}/): expected another file or folder name`,
      });
    }
  }
  if (files.length === 0) {
    diagnostics.push({
      file: path.relative(displayRoot, folder) || '.',
      severity: 'error',
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
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  let diagnostics: Diagnostic[];
  if (workers < 2) {
    diagnostics = checkFiles({
      folder,
      root,
      names: files,
      targets: withMovedArticles(createLinkTargets(files, mediaFiles, '/', learn), moved),
      strict,
      docfx,
      displayRoot,
    });
  } else {
    const shares = Array.from({ length: workers }, (_, index) => files.filter((_, at) => at % workers === index));
    const results = await Promise.all(
      shares.map((names) =>
        runWorker({ folder, root, names, allFiles: files, mediaFiles, strict, learn, docfx, moved, displayRoot }),
      ),
    );
    // Findings come back in file order, as a single-threaded check reports them.
    const byFile = (a: Diagnostic, b: Diagnostic) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
    diagnostics = results.flat().sort(byFile);
  }
  return {
    files,
    mediaFiles,
    inventory,
    // An include used by several articles is checked with each; its findings are said once.
    diagnostics: [...uniqueDiagnostics(diagnostics), ...folderDiagnostics(folder, files, displayRoot, reservedRoutes)],
  };
}

function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = formatDiagnostic(diagnostic);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runWorker(input: CheckWorkerInput): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    startHelper<Diagnostic[]>(new URL('./worker.ts', import.meta.url), input, {
      answer: resolve,
      end: (problem) => reject(new Error(`article check worker ${problem}`)),
    });
  });
}
