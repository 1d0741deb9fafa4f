// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { articleContent } from './src/integrations/article-content';
import { staticHosting } from './src/integrations/static-hosting';

export default defineConfig({
  // Readers get one HTML file per page: styles inline, no scripts, no extra requests.
  build: { inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  integrations: [staticHosting(), articleContent(), mdx()],
});
