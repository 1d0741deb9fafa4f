import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { contentSettings } from '../articles/files';
import { createLinkTargets, type LearnLocation } from '../articles/link-targets';
import { formatDiagnostic } from '../checks/diagnostics';
import { checkContentFolder } from '../checks/folder';
import { useLocale } from '../i18n';
import { docfxMarkdown } from '../markdown';
import site from '../site.config';

/**
 * Checks every article before Astro renders any, so one run names every broken
 * file, then sets up the Markdown pipeline and publishes the media the articles use.
 */
export function articleContent(): AstroIntegration {
  const settings = contentSettings();
  const learn: LearnLocation = {
    origin: site.learn.origin,
    localePath: useLocale(site.lang).learnPath,
    docSetPath: site.learn.docSetPath,
  };
  let mediaFiles: string[] = [];
  return {
    name: 'article-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (!existsSync(settings.folder)) {
          throw new Error(`CONTENT_DIR: no folder at ${settings.folder}: expected a folder of .md or .mdx articles`);
        }
        const started = performance.now();
        const check = await checkContentFolder(settings.folder, { strict: settings.strict, learn });
        const { files, diagnostics } = check;
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
        logger.info(
          `${files.length} article(s) from ${path.relative(process.cwd(), settings.folder) || '.'}` +
            ` checked in ${seconds} s (${settings.strict ? 'strict' : 'lenient'}, ${diagnostics.length - errors.length} warning(s))`,
        );
        mediaFiles = check.mediaFiles;
        const targets = createLinkTargets(files, mediaFiles, config.base, learn);
        updateConfig({
          markdown: {
            syntaxHighlight: false,
            processor: satteri({
              // The text is published word for word; typographic quotes would change it.
              // Raw HTML in the articles is parsed, so what reaches the page is well-formed.
              features: { gfm: true, smartPunctuation: false, rawHtml: true },
              ...docfxMarkdown({ targets, lang: site.lang }),
            }),
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const output = fileURLToPath(dir);
        for (const file of mediaFiles) {
          mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
          copyFileSync(path.join(settings.folder, file), path.join(output, file));
        }
      },
    },
  };
}
