import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { contentSettings } from '../articles/files';
import { formatDiagnostic } from '../checks/diagnostics';
import { checkContentFolder } from '../checks/folder';
import { skippedByRule } from '../docset/inventory';
import { loadDocSet } from '../docset/doc-set';
import { useLocale } from '../i18n';
import { docfxMarkdown } from '../markdown';
import site, { learn } from '../site';

/**
 * Checks every article before Astro renders any, so one run names every broken
 * file, then sets up the Markdown pipeline and publishes the media the articles use.
 */
export function articleContent(): AstroIntegration {
  const settings = contentSettings();
  const locale = useLocale(site.lang);
  let mediaFiles: string[] = [];
  let folder = settings.folder;
  return {
    name: 'article-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (!existsSync(settings.folder)) {
          throw new Error(`CONTENT_DIR: no folder at ${settings.folder}: expected a folder of .md or .mdx articles`);
        }
        const started = performance.now();
        const docSet = loadDocSet(settings.folder, config.base, learn);
        const { source } = docSet;
        folder = source.folder;
        const check = await checkContentFolder(folder, {
          strict: settings.strict,
          learn,
          docfx: source.docfx,
          reservedRoutes: Object.values(locale.routes),
          inventory: docSet.inventory,
          moved: docSet.redirections,
          root: source.root,
        });
        const { files, inventory } = check;
        const { targets } = docSet;
        const diagnostics = [...docSet.diagnostics, ...check.diagnostics];
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        for (const diagnostic of diagnostics) {
          (diagnostic.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic));
        }
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        if (errors.length > 0 && command === 'build') {
          const brokenFiles = new Set(errors.map((diagnostic) => diagnostic.file)).size;
          throw new Error(
            `${errors.length} error(s) in ${brokenFiles} of ${files.length} article file(s); nothing was published. Each is listed above as file:line: key: what was expected.`,
          );
        }
        const skipped = [...skippedByRule(inventory)].map(([rule, count]) => `${count} ${rule}`).join(', ');
        logger.info(
          `${source.kind} ${path.relative(process.cwd(), folder) || '.'}: ${files.length} article(s),` +
            ` ${inventory.media.length} media file(s), ${inventory.tocs.length} TOC(s), ${inventory.includes.length} include(s)` +
            `${skipped ? `; skipped: ${skipped}` : ''}; checked in ${seconds} s` +
            ` (${settings.strict ? 'strict' : 'lenient'}, ${diagnostics.length - errors.length} warning(s))` +
            `${docSet.redirections.length > 0 ? `; ${docSet.redirections.length} redirection(s)` : ''}`,
        );
        mediaFiles = check.mediaFiles;
        updateConfig({
          markdown: {
            syntaxHighlight: false,
            processor: satteri({
              // The text is published word for word; typographic quotes would change it.
              // Raw HTML in the articles is parsed, so what reaches the page is well-formed.
              features: { gfm: true, smartPunctuation: false, rawHtml: true },
              ...docfxMarkdown({ targets, folder, root: source.root, lang: site.lang }),
            }),
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const output = fileURLToPath(dir);
        for (const file of mediaFiles) {
          mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
          copyFileSync(path.join(folder, file), path.join(output, file));
        }
      },
    },
  };
}
