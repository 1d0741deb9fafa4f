import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildContext } from '../context/build-context.ts';
import { mergePart } from '../context/partition.ts';
import { stopBuild } from './stop-build.ts';

/**
 * In the site step of a build in parts, the first thing after the pages are written: the parts'
 * pages merged into the site's output, so that `_headers`, `_redirects`, the sitemap, the
 * fragment check, the report and the search index that follow see the whole site.
 */
export function partMerge(context: BuildContext): AstroIntegration {
  return {
    name: 'part-merge',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { part, planDir } = context.settings;
        if (part?.step !== 'site' || !planDir || !context.partition) return;
        const started = performance.now();
        const parts = context.partition.plan.parts.length;
        let moved = 0;
        try {
          for (let number = 1; number <= parts; number++) moved += mergePart(planDir, number, fileURLToPath(dir));
        } catch (error) {
          stopBuild(logger, `the parts could not be merged: ${(error as Error).message}`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`merged ${parts} part(s): ${moved} file(s) or folder(s) moved in ${seconds} s`);
      },
    },
  };
}
