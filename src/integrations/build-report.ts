import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../context/build-context.ts';
import { isPageFile } from '../hosting/built-pages.ts';
import { reportFiles, summaryLine, writeReport, type BuildReport } from '../logging/build-report.ts';
import { filesBelow, folderSize } from '../utils/folders.ts';

/** The report of a build that ends here, with `pages` written (none when it stops). */
export function reportOf(context: BuildContext, pages: number, outputBytes: number): BuildReport {
  return {
    folder: context.docSet?.source.folder ?? context.settings.folder,
    articles: context.docSet?.inventory.articles.length ?? 0,
    pages,
    outputBytes,
    seconds: (performance.now() - context.started) / 1000,
    diagnostics: context.found,
  };
}

/** Where the report of a build into `output` is written, as the log names it. */
export function reportShownAs(output: string): string {
  return path.relative(process.cwd(), reportFiles(output).text);
}

/**
 * The last integration of the build, after the search index: the report files (every finding)
 * and the build's summary line.
 */
export function buildReport(context: BuildContext): AstroIntegration {
  return {
    name: 'build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        // Counted, not read: a part of a build in parts reads none of its pages otherwise (24,631
        // pages took 3-4 s to read), and a whole site has read them for `_headers` already.
        const listed = filesBelow(built);
        const pages = listed.filter(isPageFile).length;
        const done = reportOf(context, pages, folderSize(built, listed));
        const files = writeReport(built, done);
        logger.info(summaryLine(done));
        logger.info(`every finding: ${path.relative(process.cwd(), files.text)} (and .json)`);
      },
    },
  };
}
