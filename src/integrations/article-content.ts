import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContentFolder, type FolderCheck } from '../checks/folder.ts';
import { writesSitePages, type BuildContext } from '../context/build-context.ts';
import {
  checkoutMoves,
  movePaths,
  partsOf,
  readPartEntries,
  readPartFrontmatter,
  readPlan,
  writePartFrontmatter,
  writePlan,
  type Plan,
} from '../context/partition.ts';
import { checkoutCommit } from '../docset/commit.ts';
import { loadDocSet, type DocSet } from '../docset/doc-set.ts';
import { skippedByRule } from '../docset/inventory.ts';
import { formatDiagnostic, judge, leavesOut, stopsBuild, type Diagnostic, type Finding } from '../findings/finding.ts';
import { publishMedia } from '../hosting/publish-media.ts';
import { useLocale } from '../i18n/index.ts';
import { writeReport } from '../logging/build-report.ts';
import { entryId } from '../loaders/docs-loader.ts';
import { articleProcessor } from '../markdown/processor.ts';
import { SEARCH_INDEX_DIR } from '../search/bundle.ts';
import { LANDING_ID, type ListedArticle } from '../utils/articles.ts';
import { reportOf, reportShownAs } from './build-report.ts';
import { followNewArticles, recheckOnSave, serveMedia } from './dev-server.ts';
import { logFindings, stopBuild } from './stop-build.ts';

/**
 * Checks every article before Astro renders any, so one run names every broken file, leaves out
 * what cannot be published, loads the doc set into the build context and sets up the Markdown
 * pipeline; after the build, publishes the media the articles use.
 */
export function articleContent(context: BuildContext): AstroIntegration {
  const { settings, site } = context;
  return {
    name: 'article-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        // A setting that names nothing or is not understood leaves nothing to build.
        const unusable = context.findings.filter((finding) => stopsBuild(finding.code, settings.strict));
        if (unusable.length > 0) {
          for (const finding of unusable) logger.error(formatDiagnostic(judge(finding, settings.strict)));
          stopBuild(logger, `${unusable.length} setting(s) to correct; nothing was published.`);
        }
        const output = fileURLToPath(config.outDir);
        const { part, planDir } = settings;
        // A step after the plan reads the doc set the plan step checked, and renders its share.
        const docSet =
          part && part.step !== 'plan' && planDir
            ? followPlan(context, planDir, config, logger)
            : await checkedDocSet(context, config.base, output, command, logger);
        if (part?.step === 'plan' && planDir) {
          const ids = docSet.inventory.articles.map(entryId);
          const parts = partsOf(ids, settings.partSize, (id) => id === LANDING_ID);
          const commit = checkoutCommit(docSet.source.folder);
          writePlan(planDir, { docSet, diagnostics: context.found, parts, site: config.site, commit });
          writePartFrontmatter(planDir, parts, entryId, context.checkedFrontmatter ?? new Map());
          logger.info(`plan: ${ids.length} article(s) in ${parts.length} part(s), written to ${planDir}`);
          // The plan step is the checks alone: nothing is rendered or written.
          process.exit(0);
        }
        // From here on, the loader, its helpers and the pages read this doc set, and no other.
        context.docSet = docSet;
        updateConfig({
          markdown: {
            syntaxHighlight: false,
            processor: articleProcessor(docSet, site.lang),
          },
        });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const { docSet } = context;
        if (!docSet) return;
        serveMedia(server, docSet, docSet.targets.base);
        recheckOnSave(server, docSet, settings.strict, logger);
        followNewArticles(server, docSet, refreshContent);
      },
      'astro:build:done': ({ dir }) => {
        if (context.docSet && writesSitePages(context)) publishMedia(fileURLToPath(dir), context.docSet);
      },
    },
  };
}

/**
 * The doc set of a step after the plan, as the plan step checked it: the site step reports what
 * the checks found, each article step renders its part.
 */
function followPlan(
  context: BuildContext,
  planDir: string,
  { base, site }: Pick<AstroConfig, 'base' | 'site'>,
  logger: AstroIntegrationLogger,
): DocSet {
  let plan: Plan;
  try {
    plan = readPlan(planDir);
  } catch (error) {
    stopBuild(logger, (error as Error).message);
  }
  // Every step must build one site: links and addresses are made with the plan's base.
  if (plan.docSet.targets.base !== base) {
    stopBuild(
      logger,
      `the plan in ${planDir} was made for the base ${plan.docSet.targets.base}, not ${base}: expected every step to be given the same --base`,
    );
  }
  if (plan.site !== site) {
    stopBuild(
      logger,
      `the plan in ${planDir} was made for ${plan.site ?? 'no site address'}, not ${site ?? 'none'}: expected every step to be given the same --site`,
    );
  }
  // Each job checks out the content again: one checkout that moved on since would render articles,
  // includes and TOCs the plan never checked.
  const commit = checkoutCommit(context.source.folder);
  if (plan.commit && commit && plan.commit !== commit) {
    stopBuild(
      logger,
      `the plan in ${planDir} was made from the content at commit ${plan.commit.slice(0, 12)}, not ${commit.slice(0, 12)}: expected every job to check out the same commit`,
    );
  }
  const moves = checkoutMoves(plan.docSet.source, context.source);
  if (typeof moves === 'string') stopBuild(logger, `the plan in ${planDir} ${moves}`);
  plan = movePaths(plan, moves);
  const part = context.settings.part;
  const articles = plan.docSet.inventory.articles.map(entryId);
  let owned: string[];
  let listed: ListedArticle[] = [];
  if (part?.step === 'articles') {
    if (part.number > plan.parts.length) {
      stopBuild(logger, `BUILD_PART=${part.number}: the plan in ${planDir} has ${plan.parts.length} part(s)`);
    }
    owned = plan.parts[part.number - 1]!;
    context.checkedFrontmatter = readPartFrontmatter(planDir, part.number);
    logger.info(`part ${part.number} of ${plan.parts.length}: ${owned.length} of ${articles.length} article(s)`);
  } else {
    owned = articles.filter((id) => id === LANDING_ID);
    try {
      listed = readPartEntries(planDir, plan.parts.length);
    } catch (error) {
      stopBuild(logger, (error as Error).message);
    }
    context.found.push(...plan.diagnostics);
    logger.info(`site pages of ${articles.length} article(s) in ${plan.parts.length} part(s)`);
  }
  context.partition = { plan, owned: new Set(owned), listed };
  return plan.docSet;
}

/**
 * Loads the doc set and checks every article: stops a build that must stop, and leaves out what
 * cannot be published.
 */
async function checkedDocSet(
  context: BuildContext,
  base: string,
  output: string,
  command: 'dev' | 'build' | 'preview' | 'sync',
  logger: AstroIntegrationLogger,
): Promise<DocSet> {
  const { settings, learn, source } = context;
  const locale = useLocale(context.site.lang);
  const checkStarted = performance.now();
  let docSet = await loadDocSet(source, base, learn);
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
  context.checkedFrontmatter = check.frontmatter;
  const findings: Finding[] = [...context.findings, ...docSet.diagnostics, ...check.diagnostics];
  if (check.files.length > 0 && leftOut.length === check.files.length) {
    findings.push({
      code: 'no-articles',
      file: path.relative(process.cwd(), source.folder) || '.',
      message: 'every article was left out: expected at least one that can be published',
    });
  }
  const diagnostics = findings.map((finding) => judge(finding, settings.strict));
  context.found.push(...diagnostics);
  logFindings(logger, diagnostics, {
    folder: source.folder,
    shownAs: path.relative(process.cwd(), source.folder) || '.',
    all: settings.logAll,
    report: reportShownAs(output),
  });
  const stopping = diagnostics.filter((diagnostic) => stopsBuild(diagnostic.code, settings.strict));
  if (stopping.length > 0 && command === 'build') {
    const brokenFiles = new Set(stopping.map((diagnostic) => diagnostic.file)).size;
    writeReport(output, reportOf(context, 0, 0));
    stopBuild(
      logger,
      `${stopping.length} error(s) in ${brokenFiles} file(s), ${check.files.length} article(s) checked; nothing was published. Each is listed above as file:line: key: what was expected.`,
    );
  }
  // What was left out is no part of the site: no page, and nothing links to it.
  if (leftOut.length > 0) docSet = await loadDocSet(source, base, learn, leftOut);
  const seconds = (performance.now() - checkStarted) / 1000;
  logger.info(summary(docSet, check, diagnostics, seconds, settings.strict));
  return docSet;
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
  diagnostics: readonly Diagnostic[],
  seconds: number,
  strict: boolean,
): string {
  const { source, inventory, leftOut, fallbackMedia, redirections } = docSet;
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
