import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckWorkerInput } from './check-worker.ts';
import { createLinkResolver, listMediaFiles } from './content-index.ts';
import type { Diagnostic } from './diagnostics.ts';
import { checkFiles, folderDiagnostics, listArticleFiles, type FolderCheck } from './source-check.ts';

/** Below this many articles per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 250;

/**
 * Checks every article of a content folder, so that one run reports every broken file.
 * A large folder is spread over worker threads, one per core: parsing is the bulk of
 * the work, and each file parses on its own.
 */
export async function checkContentFolder(
  folder: string,
  options: { strict: boolean },
  displayRoot = process.cwd(),
): Promise<FolderCheck> {
  const files = listArticleFiles(folder);
  const mediaFiles = listMediaFiles(folder);
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  let diagnostics: Diagnostic[];
  if (workers < 2) {
    diagnostics = checkFiles(folder, files, createLinkResolver(files, mediaFiles, '/'), options, displayRoot);
  } else {
    const shares = Array.from({ length: workers }, (_, index) => files.filter((_, at) => at % workers === index));
    const results = await Promise.all(
      shares.map((names) => runWorker({ folder, names, allFiles: files, mediaFiles, options, displayRoot })),
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
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`article check worker stopped with exit code ${code}`));
    });
  });
}
