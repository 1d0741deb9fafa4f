import { defineCollection } from 'astro:content';
import { contentSettings } from './articles/files';
import { resolveContentSource } from './docset/source';
import { docsLoader } from './loaders/docs-loader';
import { frontmatterSchemaFor } from './schemas/frontmatter';

const settings = contentSettings();

const articles = defineCollection({
  loader: docsLoader(resolveContentSource(settings.folder)),
  schema: frontmatterSchemaFor(settings.strict),
});

export const collections = { articles };
