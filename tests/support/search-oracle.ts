import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { HEADING_LINK_CLASS } from '../../src/markdown/heading-links';
import { isUsedIndexFile } from '../../src/search/bundle';
import { fold } from '../../src/search/query';
import { htmlPages, servedPath } from './site-crawl';

/**
 * The search index a finished build's pages make when Pagefind is given them one at a time, in
 * the order of their files: what the build must have written while it rendered them. Returns
 * the index's files, path → bytes.
 */
export async function indexOfBuiltPages(siteDir: string): Promise<Map<string, Buffer>> {
  const bundle = mkdtempSync(path.join(tmpdir(), 'search-oracle-'));
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [`.${HEADING_LINK_CLASS}`] });
    if (!index) throw new Error(errors.join('; '));
    for (const file of htmlPages(siteDir)) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: servedPath(file, '/'), content: fold(html) });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    await index.writeFiles({ outputPath: bundle });
    return filesOf(bundle);
  } finally {
    await pagefind.close();
    rmSync(bundle, { recursive: true, force: true });
  }
}

/** The files of the index a build wrote (or the oracle did), path → bytes. */
export function filesOf(bundle: string): Map<string, Buffer> {
  const files = readdirSync(bundle, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(bundle, path.join(entry.parentPath, entry.name)))
    .filter((file) => isUsedIndexFile(file.split(path.sep)[0]!))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(bundle, file))]));
}
