import type { HastPluginList, MdastPluginList, PluginFactoryContext } from 'satteri';
import type { LinkTargets } from '../articles/link-targets.ts';
import { langOf, useTranslations, type Lang } from '../i18n/index.ts';
import { alertsPlugin } from './alerts.ts';
import { anchorsPlugin } from './anchors.ts';
import { DocumentIds, frontmatterOf } from './document.ts';
import { htmlImagesPlugin } from './html-images.ts';
import { htmlStylesPlugin } from './html-styles.ts';
import { htmlLinksPlugin, linksPlugin } from './links.ts';
import { placeholdersPlugin } from './placeholders.ts';
import { titlePlugin } from './title.ts';
import { videoPlugin } from './video.ts';

export type { ArticleSummary } from './document.ts';

export interface DocfxMarkdownOptions {
  /** What links in the articles can point at on this site. */
  targets: LinkTargets;
  /** The site's language: the labels of a document that does not say its own. */
  lang: Lang;
}

/**
 * The DocFX Markdown layer: one Sätteri plugin per syntax, assembled here in the order they
 * must run. Each document gets its own id registry and its labels in its own language
 * (`ms.contentlocale`), looked up when it is rendered.
 */
export function docfxMarkdown({ targets, lang }: DocfxMarkdownOptions): {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
} {
  const perDocument = (document: PluginFactoryContext) => {
    const frontmatter = frontmatterOf(document.data);
    const strings = useTranslations(langOf(frontmatter['ms.contentlocale'] ?? frontmatter['contentLocale'], lang));
    const ids = new DocumentIds();
    return [
      // The title claims its anchor first: it is the first node of the document.
      titlePlugin(ids),
      anchorsPlugin(ids),
      // Before placeholders: a link whose only "text" is a placeholder tag still gets a name.
      linksPlugin(targets),
      placeholdersPlugin(),
      alertsPlugin(strings.alert),
      videoPlugin(strings.videoLink),
    ];
  };
  return {
    mdastPlugins: [perDocument],
    // In this order, an image's attributes keep the order the page has always had.
    hastPlugins: [htmlLinksPlugin(targets), htmlImagesPlugin(), htmlStylesPlugin()],
  };
}
