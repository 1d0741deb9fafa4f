import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArticleFiles, listMediaFiles } from '../articles/files.ts';
import { createLinkTargets, type LearnLocation, type LinkTargets } from '../articles/link-targets.ts';
import { findSlugCollisions } from '../articles/slug.ts';
import { checkArticleSource } from './article.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CheckWorkerInput } from './worker.ts';

export interface FolderCheckOptions {
  strict: boolean;
  learn: LearnLocation;
}

export interface FolderCheck {
  files: string[];
  mediaFiles: string[];
  diagnostics: Diagnostic[];
}

/** Below this many articles per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 250;

/** Checks the given article files of a folder (all of them, or one worker's share). */
export function checkFiles(
  folder: string,
  names: readonly string[],
  targets: LinkTargets,
  strict: boolean,
  displayRoot: string,
): Diagnostic[] {
  return names.flatMap((name) => {
    const absolute = path.join(folder, name);
    const source = readFileSync(absolute, 'utf8');
    return checkArticleSource(path.relative(displayRoot, absolute), source, { strict, targets }).diagnostics;
  });
}

/** Findings about the folder as a whole: no articles, or two articles at one address. */
export function folderDiagnostics(folder: string, files: readonly string[], displayRoot: string): Diagnostic[] {
  const display = (name: string) => path.relative(displayRoot, path.join(folder, name));
  const diagnostics: Diagnostic[] = findSlugCollisions(files).map((collision) => ({
    file: display(collision.files[0]!),
    severity: 'error',
    message: `same address /${collision.slug}/ as ${collision.files.slice(1).map(display).join(', ')}: expected file names that differ in more than case, accents or punctuation`,
  }));
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
 * A large folder is spread over worker threads, one per core: parsing is the bulk of
 * the work, and each file parses on its own.
 */
export async function checkContentFolder(
  folder: string,
  { strict, learn }: FolderCheckOptions,
  displayRoot = process.cwd(),
): Promise<FolderCheck> {
  const files = listArticleFiles(folder);
  const mediaFiles = listMediaFiles(folder);
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  let diagnostics: Diagnostic[];
  if (workers < 2) {
    diagnostics = checkFiles(folder, files, createLinkTargets(files, mediaFiles, '/', learn), strict, displayRoot);
  } else {
    const shares = Array.from({ length: workers }, (_, index) => files.filter((_, at) => at % workers === index));
    const results = await Promise.all(
      shares.map((names) => runWorker({ folder, names, allFiles: files, mediaFiles, strict, learn, displayRoot })),
    );
    // Findings come back in file order, as a single-threaded check reports them.
    const byFile = (a: Diagnostic, b: Diagnostic) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
    diagnostics = results.flat().sort(byFile);
  }
  return { files, mediaFiles, diagnostics: [...diagnostics, ...folderDiagnostics(folder, files, displayRoot)] };
}

function runWorker(input: CheckWorkerInput): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`article check worker stopped with exit code ${code}`));
    });
  });
}
