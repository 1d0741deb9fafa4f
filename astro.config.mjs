// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { articleContent } from './src/integrations/article-content';
import { contentStore } from './src/integrations/content-store';
import { buildReport } from './src/integrations/build-report';
import { fragmentCheck } from './src/integrations/fragment-check';
import { partMerge } from './src/integrations/part-merge';
import { searchIndex } from './src/integrations/search-index';
import { staticHosting } from './src/integrations/static-hosting';
import { buildContext } from './src/context/build-context.ts';
import { cacheDirFor } from './src/markdown/render-cache.ts';
import { stepName } from './src/context/settings.ts';

// Settings, configuration files and site facts, read and checked once for the whole build.
const context = buildContext();

export default defineConfig({
  // Where the site is served (SITE_URL), for canonical links, hreflang and sitemap.xml.
  ...(context.settings.siteUrl ? { site: context.settings.siteUrl } : {}),
  // Styles go to content-hashed files under _astro/, linked with <link rel="stylesheet">: with
  // nothing inline, one constant Content-Security-Policy (style-src 'self') fits every page and
  // any host can send it as a header, and the CSS is fetched once and cached for good.
  build: {
    inlineStylesheets: 'never',
    // Pages are rendered in a fraction of the time it takes to write them: sixteen at once keep
    // the disk busy while the next pages render (3,044 pages: 2.2-4.4 s rather than 5.6-8.4 s).
    concurrency: 16,
  },
  vite: {
    build: {
      // One stylesheet for the whole site rather than a chunk per page kind: one request, cached everywhere.
      cssCodeSplit: false,
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive for its own bundling;
        // the bundler's notice that it may not keep it says nothing about the articles.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  trailingSlash: 'ignore',
  // One content cache per content folder, and per step of a build in parts.
  cacheDir: cacheDirFor(context.settings.folder, undefined, stepName(context.settings.part)),
  devToolbar: { enabled: false },
  // In order: the base path; the checks, which load the doc set; MDX; the store read from its file
  // rather than bundled; then, after the pages are written, the parts of a build in parts merged
  // first, then _headers and _redirects, the media, links to parts of pages, the search index, and
  // last the report of the whole build.
  integrations: [
    partMerge(context),
    staticHosting(context),
    articleContent(context),
    mdx(),
    contentStore(),
    fragmentCheck(context),
    searchIndex(context),
    buildReport(context),
  ],
  // Astro's log, less a line per page written (BUILD_LOG=all keeps every line).
  logger: { entrypoint: './src/logging/build-log.ts', config: { all: context.settings.logAll } },
});
