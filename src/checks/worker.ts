import { parentPort, workerData } from 'node:worker_threads';
import { createLinkTargets, type LearnLocation } from '../articles/link-targets.ts';
import { checkFiles } from './folder.ts';

/** What a worker is given: its share of the files, and what it needs to resolve links between all of them. */
export interface CheckWorkerInput {
  folder: string;
  names: string[];
  allFiles: string[];
  mediaFiles: string[];
  strict: boolean;
  learn: LearnLocation;
  displayRoot: string;
}

const input = workerData as CheckWorkerInput;
const targets = createLinkTargets(input.allFiles, input.mediaFiles, '/', input.learn);
parentPort?.postMessage(checkFiles(input.folder, input.names, targets, input.strict, input.displayRoot));
