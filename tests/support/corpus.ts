import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build';

/** The real Latvian article collection, beside the project unless CORPUS_DIR says otherwise. */
export const corpusDir = path.resolve(
  projectRoot,
  process.env['CORPUS_DIR'] ?? '../shared/corpus/lv-LV/AlchemyInsights',
);

export const corpusAvailable = existsSync(corpusDir);

if (!corpusAvailable) {
  const message = `No article collection at ${corpusDir}: set CORPUS_DIR to run the collection tests.`;
  // CI always has the collection; elsewhere its tests are skipped with this one line.
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`Collection tests skipped. ${message}`);
}

/** The whole localized ProjectOperations repository, read from its root (CI has it too). */
export const projectOperationsDir = path.resolve(
  projectRoot,
  process.env['PROJECT_OPERATIONS_DIR'] ?? '../shared/corpus/lv-LV/ProjectOperations',
);

export const projectOperationsAvailable = existsSync(projectOperationsDir);

/** Its source-language checkout, which holds the images (the `_repo.en-us` a Learn build reads them from). */
export const projectOperationsEnglishDir = path.resolve(
  projectRoot,
  process.env['PROJECT_OPERATIONS_ENGLISH_DIR'] ?? '../shared/corpus/en-US/ProjectOperations',
);

/** The whole localized Dynamics 365 Finance and Operations repository: 2,877 articles, a large doc set. */
export const dynamics365OperationsDir = path.resolve(
  projectRoot,
  process.env['DYNAMICS365_OPERATIONS_DIR'] ?? '../shared/corpus/lv-LV/Dynamics365Operations',
);

export const dynamics365OperationsAvailable = existsSync(dynamics365OperationsDir);
