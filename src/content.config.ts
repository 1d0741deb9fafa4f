import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_GLOB, contentSettings } from './articles/files';
import { slugFromFileName } from './articles/slug';
import { frontmatterSchema } from './schemas/frontmatter';

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
