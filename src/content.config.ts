import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_GLOB, contentSettings } from './lib/content-files';
import { frontmatterSchema } from './lib/frontmatter-schema';
import { slugFromFileName } from './lib/slug';

const articles = defineCollection({
  loader: glob({
    pattern: ARTICLE_GLOB,
    base: contentSettings().folder,
    generateId: ({ entry }) => slugFromFileName(entry),
    retainBody: false,
  }),
  schema: frontmatterSchema,
});

export const collections = { articles };
