import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { routeOf } from '../articles/slug';
import { formatDiagnostic, judge, leavesOut, stopsBuild, type Diagnostic, type Finding } from '../findings/finding.ts';
import { checkContentFolder, type FolderCheck } from '../checks/folder';
import { missingFragments } from '../hosting/fragments';
import { loadDocSet, type DocSet } from '../docset/doc-set';
import type { BuildContext } from '../context/build-context';
import { skippedByRule } from '../docset/inventory';
import { builtPages } from '../hosting/built-pages';
import { SEARCH_INDEX_DIR } from '../search/bundle';
import { useLocale } from '../i18n';
import { articleProcessor } from '../markdown/processor';
import { normalizeBase } from '../utils/paths';
import { folderSize } from '../utils/folder-size';
import { diagnosticLines } from '../logging/diagnostics-report';
import { publishMedia } from '../hosting/publish-media';
import { followNewArticles, recheckOnSave, serveMedia } from './dev-server';
import { reportFiles, summaryLine, writeReport, type BuildReport } from '../logging/build-report';

/**
 * Checks every article before Astro renders any, so one run names every broken file, then sets
 * up the Markdown pipeline; after the build, checks links to parts of pages and publishes the
 * media the articles use.
 */
export function articleContent(context: BuildContext): { checks: AstroIntegration; report: AstroIntegration } {
  const { settings, site, learn, source } = context;
  const locale = useLocale(site.lang);
  const started = performance.now();
  let docSet: DocSet | undefined;
  let base = '/';
  let output = '';
  const found: Diagnostic[] = [];
  const report = (pages: number, outputBytes: number): BuildReport => ({
    folder: docSet?.source.folder ?? settings.folder,
    articles: docSet?.inventory.articles.length ?? 0,
    pages,
    outputBytes,
    seconds: (performance.now() - started) / 1000,
    diagnostics: found,
  });
  const checks: AstroIntegration = {
    name: 'article-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        // A setting that names nothing or is not understood leaves nothing to build.
        const unusable = context.findings.filter((finding) => stopsBuild(finding.code, settings.strict));
        if (unusable.length > 0) {
          for (const finding of unusable) logger.error(formatDiagnostic(judge(finding, settings.strict)));
          stopBuild(logger, `${unusable.length} setting(s) to correct; nothing was published.`);
        }
        const checkStarted = performance.now();
        base = config.base;
        output = fileURLToPath(config.outDir);
        docSet = loadDocSet(source, base, learn);
        const check = await checkContentFolder(source.folder, {
          strict: settings.strict,
          learn,
          docfx: source.docfx,
          reservedRoutes: [...Object.values(locale.routes), SEARCH_INDEX_DIR],
          inventory: docSet.inventory,
          moved: docSet.redirections,
          root: source.root,
          fallbackMedia: docSet.fallbackMedia,
          invalidMedia: docSet.invalidMedia,
          fallbackRoot: source.fallbackRoot,
        });
        const leftOut = leftOutBy(check.diagnostics, source.folder, check.files);
        const findings: Finding[] = [...context.findings, ...docSet.diagnostics, ...check.diagnostics];
        if (check.files.length > 0 && leftOut.length === check.files.length) {
          findings.push({
            code: 'no-articles',
            file: path.relative(process.cwd(), source.folder) || '.',
            message: 'every article was left out: expected at least one that can be published',
          });
        }
        const diagnostics = findings.map((finding) => judge(finding, settings.strict));
        found.push(...diagnostics);
        const reportText = path.relative(process.cwd(), reportFiles(output).text);
        const shownAs = path.relative(process.cwd(), source.folder) || '.';
        for (const line of diagnosticLines(diagnostics, {
          folder: source.folder,
          shownAs,
          all: settings.logAll,
          report: reportText,
        })) {
          (line.severity === 'error' ? logger.error : logger.warn).call(logger, line.text);
        }
        const stopping = diagnostics.filter((diagnostic) => stopsBuild(diagnostic.code, settings.strict));
        if (stopping.length > 0 && command === 'build') {
          const brokenFiles = new Set(stopping.map((diagnostic) => diagnostic.file)).size;
          writeReport(output, report(0, 0));
          stopBuild(
            logger,
            `${stopping.length} error(s) in ${brokenFiles} file(s), ${check.files.length} article(s) checked; nothing was published. Each is listed above as file:line: key: what was expected.`,
          );
        }
        // What was left out is no part of the site: no page, and nothing links to it.
        if (leftOut.length > 0) docSet = loadDocSet(source, base, learn, leftOut);
        // From here on, the loader, its helpers and the pages read this doc set, and no other.
        context.docSet = docSet;
        const seconds = (performance.now() - checkStarted) / 1000;
        logger.info(summary(docSet, check, leftOut, diagnostics, seconds, settings.strict));
        updateConfig({
          markdown: {
            syntaxHighlight: false,
            processor: articleProcessor(docSet, site.lang),
          },
        });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        if (!docSet) return;
        serveMedia(server, docSet, base);
        recheckOnSave(server, docSet, settings.strict, logger);
        followNewArticles(server, docSet, refreshContent);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!docSet) return;
        const built = fileURLToPath(dir);
        found.push(...reportMissingFragments(built, docSet, base, settings.strict, logger));
        publishMedia(built, docSet);
      },
    },
  };
  // The last hook of the build, after the search index: the report file and the build's summary.
  const reportIntegration: AstroIntegration = {
    name: 'build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const done = report(builtPages(built, base).length, folderSize(built));
        const files = writeReport(built, done);
        logger.info(summaryLine(done));
        logger.info(`every finding: ${path.relative(process.cwd(), files.text)} (and .json)`);
      },
    },
  };
  return { checks, report: reportIntegration };
}

/**
 * Ends a build that input problems stop: our list, one summary line, exit code 1. Throwing would
 * add Astro's "unhandled error" and a stack trace, which say nothing about the articles; real
 * crashes (bugs of ours) still throw and show theirs.
 */
function stopBuild(logger: AstroIntegrationLogger, summaryLine: string): never {
  logger.error(summaryLine);
  process.exit(1);
}

/** The articles (doc set paths) that a finding at their own file leaves out of the site. */
function leftOutBy(findings: readonly Finding[], folder: string, files: readonly string[]): string[] {
  const byShownFile = new Map(files.map((file) => [path.relative(process.cwd(), path.join(folder, file)), file]));
  const leftOut = new Set<string>();
  for (const finding of findings) {
    const file = byShownFile.get(finding.file);
    if (file !== undefined && leavesOut(finding.code)) leftOut.add(file);
  }
  return [...leftOut];
}

/** What the build did with every file of the doc set, in one line. */
function summary(
  docSet: DocSet,
  check: FolderCheck,
  leftOut: readonly string[],
  diagnostics: readonly Diagnostic[],
  seconds: number,
  strict: boolean,
): string {
  const { source, inventory, fallbackMedia, redirections } = docSet;
  const skipped = [...skippedByRule(inventory)].map(([rule, count]) => `${count} ${rule}`).join(', ');
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  return [
    `${source.kind} ${path.relative(process.cwd(), source.folder) || '.'}: ${check.files.length} article(s)`,
    leftOut.length > 0 ? ` (${leftOut.length} left out)` : '',
    `, ${inventory.media.length} media file(s)`,
    fallbackMedia.length > 0 ? ` (and ${fallbackMedia.length} from the source-language repository)` : '',
    `, ${inventory.tocs.length} TOC(s), ${inventory.includes.length} include(s)`,
    check.fallbackFiles.length > 0
      ? ` (and ${check.fallbackFiles.length} include or code file(s) from the source-language repository)`
      : '',
    skipped ? `; skipped: ${skipped}` : '',
    `; checked in ${seconds.toFixed(1)} s (${strict ? 'strict' : 'lenient'}, ${warnings} warning(s))`,
    redirections.length > 0 ? `; ${redirections.length} redirection(s)` : '',
  ].join('');
}

/** Links to a part of a page that the page does not have, said with the linking article's file. */
function reportMissingFragments(
  output: string,
  docSet: DocSet,
  base: string,
  strict: boolean,
  logger: AstroIntegrationLogger,
): Diagnostic[] {
  const sourceOf = new Map(
    docSet.inventory.articles.map((file) => [
      routeOf(file),
      path.relative(process.cwd(), path.join(docSet.source.folder, file)),
    ]),
  );
  const missing = missingFragments(builtPages(output, base));
  const diagnostics = missing.map((link): Diagnostic => {
    const route = link.page.slice(normalizeBase(base).length).replace(/\/$/, '');
    const message = `link to "${link.href}": ${link.target} has no id "${link.fragment}"`;
    return judge({ code: 'link-fragment', file: sourceOf.get(route) ?? link.page, message }, strict);
  });
  const shownAs = path.relative(process.cwd(), docSet.source.folder) || '.';
  for (const line of diagnosticLines(diagnostics, { folder: docSet.source.folder, shownAs })) {
    (line.severity === 'error' ? logger.error : logger.warn).call(logger, line.text);
  }
  if (missing.length > 0 && strict) {
    stopBuild(logger, `${missing.length} link(s) to a part of a page that does not exist; each is listed above.`);
  }
  return diagnostics;
}
