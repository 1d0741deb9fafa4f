import { defineCollection } from 'astro:content';
import { buildContext } from './context/build-context';
import { docsLoader } from './loaders/docs-loader';
import { frontmatterSchemaFor } from './schemas/frontmatter';

const context = buildContext();

const articles = defineCollection({
  loader: docsLoader(context),
  schema: frontmatterSchemaFor(context.settings.strict),
});

export const collections = { articles };
