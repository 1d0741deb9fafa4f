import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentSettings } from '../articles/files';
import { routeOf } from '../articles/slug';
import { formatDiagnostic, type Diagnostic } from '../checks/diagnostics';
import { checkContentFolder, type FolderCheck } from '../checks/folder';
import { missingFragments } from '../checks/fragments';
import { loadDocSet, type DocSet } from '../docset/doc-set';
import { skippedByRule } from '../docset/inventory';
import { htmlFiles } from '../hosting/built-pages';
import { pagePath } from '../hosting/headers';
import { useLocale } from '../i18n';
import { docfxMarkdown } from '../markdown';
import site, { learn } from '../site';
import { normalizeBase } from '../utils/paths';

/**
 * Checks every article before Astro renders any, so one run names every broken file, then sets
 * up the Markdown pipeline; after the build, checks links to parts of pages and publishes the
 * media the articles use.
 */
export function articleContent(): AstroIntegration {
  const settings = contentSettings();
  const locale = useLocale(site.lang);
  let docSet: DocSet | undefined;
  let base = '/';
  return {
    name: 'article-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (!existsSync(settings.folder)) {
          throw new Error(`CONTENT_DIR: no folder at ${settings.folder}: expected a folder of .md or .mdx articles`);
        }
        const started = performance.now();
        base = config.base;
        docSet = loadDocSet(settings.folder, base, learn);
        const { source } = docSet;
        const check = await checkContentFolder(source.folder, {
          strict: settings.strict,
          learn,
          docfx: source.docfx,
          reservedRoutes: Object.values(locale.routes),
          inventory: docSet.inventory,
          moved: docSet.redirections,
          root: source.root,
          fallbackMedia: docSet.fallbackMedia,
        });
        const diagnostics = [...docSet.diagnostics, ...check.diagnostics];
        for (const diagnostic of diagnostics) {
          (diagnostic.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic));
        }
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        if (errors.length > 0 && command === 'build') {
          const brokenFiles = new Set(errors.map((diagnostic) => diagnostic.file)).size;
          stopBuild(
            logger,
            `${errors.length} error(s) in ${brokenFiles} of ${check.files.length} article file(s); nothing was published. Each is listed above as file:line: key: what was expected.`,
          );
        }
        const seconds = (performance.now() - started) / 1000;
        logger.info(summary(docSet, check, diagnostics, seconds, settings.strict));
        updateConfig({
          markdown: {
            syntaxHighlight: false,
            processor: satteri({
              // The text is published word for word; typographic quotes would change it.
              // Raw HTML in the articles is parsed, so what reaches the page is well-formed.
              features: { gfm: true, smartPunctuation: false, rawHtml: true },
              ...docfxMarkdown({
                targets: docSet.targets,
                folder: source.folder,
                root: source.root,
                lang: site.lang,
                zonePivotGroups: docSet.zonePivotGroups,
              }),
            }),
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!docSet) return;
        const output = fileURLToPath(dir);
        reportMissingFragments(output, docSet, base, settings.strict, logger);
        publishMedia(output, docSet);
      },
    },
  };
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

/** What the build did with every file of the doc set, in one line. */
function summary(
  docSet: DocSet,
  check: FolderCheck,
  diagnostics: readonly Diagnostic[],
  seconds: number,
  strict: boolean,
): string {
  const { source, inventory, fallbackMedia, redirections } = docSet;
  const skipped = [...skippedByRule(inventory)].map(([rule, count]) => `${count} ${rule}`).join(', ');
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  return [
    `${source.kind} ${path.relative(process.cwd(), source.folder) || '.'}: ${check.files.length} article(s),`,
    ` ${inventory.media.length} media file(s)`,
    fallbackMedia.length > 0 ? ` (and ${fallbackMedia.length} from the source-language repository)` : '',
    `, ${inventory.tocs.length} TOC(s), ${inventory.includes.length} include(s)`,
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
): void {
  const sourceOf = new Map(
    docSet.inventory.articles.map((file) => [
      routeOf(file),
      path.relative(process.cwd(), path.join(docSet.source.folder, file)),
    ]),
  );
  const pages = htmlFiles(output).map((file) => ({
    path: pagePath(file, base),
    html: readFileSync(path.join(output, file), 'utf8'),
  }));
  const missing = missingFragments(pages);
  for (const link of missing) {
    const route = link.page.slice(normalizeBase(base).length).replace(/\/$/, '');
    const message = `link to "${link.href}": ${link.target} has no id "${link.fragment}"`;
    logger.warn(
      formatDiagnostic({ file: sourceOf.get(route) ?? link.page, severity: strict ? 'error' : 'warning', message }),
    );
  }
  if (missing.length > 0 && strict) {
    stopBuild(logger, `${missing.length} link(s) to a part of a page that does not exist; each is listed above.`);
  }
}

/** The doc set's media, and the images only its source-language repository has. */
function publishMedia(output: string, { source, inventory, fallbackMedia }: DocSet): void {
  const publish = (from: string, files: readonly string[]) => {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      copyFileSync(path.join(from, file), path.join(output, file));
    }
  };
  publish(source.folder, inventory.media);
  if (source.fallbackFolder) publish(source.fallbackFolder, fallbackMedia);
}
