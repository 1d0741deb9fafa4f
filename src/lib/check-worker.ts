import { parentPort, workerData } from 'node:worker_threads';
import { createLinkResolver } from './content-index.ts';
import { checkFiles, type SourceCheckOptions } from './source-check.ts';

/** What a worker is given: its share of the files, and what it needs to resolve links between all of them. */
export interface CheckWorkerInput {
  folder: string;
  names: string[];
  allFiles: string[];
  mediaFiles: string[];
  options: SourceCheckOptions;
  displayRoot: string;
}

const input = workerData as CheckWorkerInput;
const resolver = createLinkResolver(input.allFiles, input.mediaFiles, '/');
parentPort?.postMessage(checkFiles(input.folder, input.names, resolver, input.options, input.displayRoot));
