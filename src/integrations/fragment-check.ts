import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeOf } from '../articles/slug.ts';
import { docSetOf, writesSitePages, type BuildContext } from '../context/build-context.ts';
import { judge, type Diagnostic } from '../findings/finding.ts';
import { builtPages } from '../hosting/built-pages.ts';
import { missingFragments } from '../hosting/fragments.ts';
import { normalizeBase } from '../utils/paths.ts';
import { logFindings, stopBuild } from './stop-build.ts';

/**
 * After the pages are written: links to a part of a page that the page does not have, said with
 * the linking article's file. Only the built pages know every id (headings, anchors, includes).
 */
export function fragmentCheck(context: BuildContext): AstroIntegration {
  return {
    name: 'fragment-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // In a build in parts, the site step checks every page once the parts are merged.
        if (!writesSitePages(context)) return;
        const docSet = docSetOf(context);
        const { strict } = context.settings;
        const base = docSet.targets.base;
        const sourceOf = new Map(
          docSet.inventory.articles.map((file) => [
            routeOf(file),
            path.relative(process.cwd(), path.join(docSet.source.folder, file)),
          ]),
        );
        const missing = missingFragments(builtPages(fileURLToPath(dir), base));
        const diagnostics = missing.map((link): Diagnostic => {
          const route = link.page.slice(normalizeBase(base).length).replace(/\/$/, '');
          const message = `link to "${link.href}": ${link.target} has no id "${link.fragment}"`;
          return judge({ code: 'link-fragment', file: sourceOf.get(route) ?? link.page, message }, strict);
        });
        context.found.push(...diagnostics);
        const shownAs = path.relative(process.cwd(), docSet.source.folder) || '.';
        logFindings(logger, diagnostics, { folder: docSet.source.folder, shownAs });
        if (missing.length > 0 && strict) {
          stopBuild(logger, `${missing.length} link(s) to a part of a page that does not exist; each is listed above.`);
        }
      },
    },
  };
}
