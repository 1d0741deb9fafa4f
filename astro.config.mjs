// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { articleContent } from './src/integrations/article-content';
import { staticHosting } from './src/integrations/static-hosting';
import { cacheDirFor, contentSettings } from './src/lib/content-files.ts';

export default defineConfig({
  // Readers get one HTML file per page: styles inline, no scripts, no extra requests.
  build: { inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  cacheDir: cacheDirFor(contentSettings().folder),
  devToolbar: { enabled: false },
  integrations: [staticHosting(), articleContent(), mdx()],
});
