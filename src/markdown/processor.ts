import { satteri } from '@astrojs/markdown-satteri';
import type { DocSet } from '../docset/doc-set.ts';
import type { Lang } from '../i18n/index.ts';
import { MARKDOWN_FEATURES } from './features.ts';
import { docfxMarkdown } from './index.ts';

/**
 * The Markdown processor of a doc set's articles, in one place for each thread that renders
 * them: Astro's own (MDX, `astro dev`, builds of a few hundred articles) and a build's render
 * helpers.
 */
export function articleProcessor(docSet: DocSet, lang: Lang) {
  return satteri({
    features: { ...MARKDOWN_FEATURES },
    ...docfxMarkdown({
      targets: docSet.targets,
      folder: docSet.source.folder,
      root: docSet.source.root,
      fallbackRoot: docSet.source.fallbackRoot,
      lang,
      zonePivotGroups: docSet.zonePivotGroups,
      images: docSet.images,
    }),
  });
}
