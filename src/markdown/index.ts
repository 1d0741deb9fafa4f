import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginList, MdastPluginList, PluginFactoryContext } from 'satteri';
import { learnAddress, type LinkTargets } from '../articles/link-targets.ts';
import { langOf, useLocale, useTranslations, type Lang } from '../i18n/index.ts';
import { alertCheck, alertsPlugin } from './alerts.ts';
import { anchorsPlugin } from './anchors.ts';
import { divCheck, divClassPlugin } from './div-class.ts';
import { DocumentIds, frontmatterOf } from './document.ts';
import { astroImagesPlugin, htmlImagesPlugin } from './html-images.ts';
import { imagePlugin } from './image.ts';
import { directiveLinesPlugin } from './directive-lines.ts';
import { includesPlugin } from './includes.ts';
import { codePlugin } from './code.ts';
import { htmlStylesPlugin } from './html-styles.ts';
import { htmlTablesPlugin, scrollableTablesPlugin } from './html-tables.ts';
import { htmlSanitizePlugins } from './html-sanitize.ts';
import { headingLinksPlugin } from './heading-links.ts';
import { htmlLinksPlugin, linksPlugin } from './links.ts';
import { placeholdersPlugin } from './placeholders.ts';
import { rowColumnCheck, rowColumnPlugin } from './row-column.ts';
import { tabCheck, tabsPlugin } from './tabs.ts';
import { titlePlugin } from './title.ts';
import { monikerCheck, monikersPlugin } from './monikers.ts';
import { emojiPlugin } from './emoji.ts';
import { formCheck, formPlugin } from './form.ts';
import { mathCheck, mathMLPlugin, mathPlugin } from './math.ts';
import { pipeTablesPlugin } from './pipe-tables.ts';
import { noLocPlugin } from './no-loc.ts';
import { videoCheck, videoPlugin, videoTagPlugin } from './video.ts';
import { xrefPlugin } from './xref.ts';
import { zoneCheck, zonesPlugin } from './zones.ts';
import type { SyntaxCheck } from './syntax-check.ts';
import { pivotTitlesFor, type ZonePivotGroups } from '../docset/zone-pivots.ts';
import type { ImageFacts } from '../docset/media.ts';

export type { ArticleSummary } from './document.ts';

/**
 * The checks of the DocFX syntaxes that are read line by line, each exported by its syntax's
 * module beside its plugin (below): the build reports a malformed use at its line.
 */
export const SYNTAX_CHECKS: readonly SyntaxCheck[] = [
  zoneCheck,
  monikerCheck,
  rowColumnCheck,
  tabCheck,
  divCheck,
  alertCheck,
  videoCheck,
  mathCheck,
  formCheck,
];

/** A document's path in the doc set ("sales/quotes.md"); "" when it has no file (tests, snippets). */
function docSetPath(fileURL: URL | undefined, folder: string): string {
  if (fileURL === undefined) return '';
  return path.relative(folder, fileURLToPath(fileURL)).split(path.sep).join('/');
}

export interface DocfxMarkdownOptions {
  /** What links in the articles can point at on this site. */
  targets: LinkTargets;
  /** The doc set folder, which relative links in a document start from (with the document's own folder). */
  folder: string;
  /** The repository root: includes may come from anywhere inside it, nowhere outside. Defaults to `folder`. */
  root?: string;
  /** The source-language repository's root, where includes and code files this one lacks are read. */
  fallbackRoot?: string | undefined;
  /** The site's language: the labels of a document that does not say its own. */
  lang: Lang;
  /** The doc set's zone pivot groups, for the titles of the pivots an article's zones name. */
  zonePivotGroups?: ZonePivotGroups;
  /** The doc set's images: their sizes, and which are served converted (see DocSet.images). */
  images?: ReadonlyMap<string, ImageFacts>;
}

/**
 * The DocFX Markdown layer: one Sätteri plugin per syntax, assembled here in the order they
 * must run. Each document gets its own id registry and its labels in its own language
 * (`ms.contentlocale`), looked up when it is rendered.
 */
export function docfxMarkdown({
  targets,
  folder,
  root = folder,
  fallbackRoot,
  lang,
  zonePivotGroups = new Map(),
  images = new Map(),
}: DocfxMarkdownOptions): {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
} {
  /** The labels of a document, in its own language. */
  const stringsOf = (document: PluginFactoryContext) => {
    const frontmatter = frontmatterOf(document.data);
    return useTranslations(langOf(frontmatter['ms.contentlocale'], lang));
  };
  const imageOptions = (document: PluginFactoryContext) => ({
    base: targets.base,
    images,
    article: document.fileURL && fileURLToPath(document.fileURL),
    missingLabel: stringsOf(document).image.missing,
  });
  const perDocument = (document: PluginFactoryContext) => {
    const frontmatter = frontmatterOf(document.data);
    const strings = stringsOf(document);
    const ids = new DocumentIds();
    const fromFile = docSetPath(document.fileURL, folder);
    const bounds = { root, docSet: folder, fallbackRoot };
    return [
      // Included files first: everything after sees their content as the article's own.
      directiveLinesPlugin(),
      includesPlugin(document.fileURL && fileURLToPath(document.fileURL), bounds),
      codePlugin(document.fileURL && fileURLToPath(document.fileURL), bounds),
      // Math before any plugin that reads text: TeX is written as it is (`a:b:c`, `<x>`).
      mathPlugin(),
      pipeTablesPlugin(),
      // The title claims its anchor first: it is the first node of the document.
      titlePlugin(ids),
      anchorsPlugin(ids),
      // DocFX blocks, outermost first (a zone holds rows and tab groups, a column holds images),
      // all before links, which resolve the images they make. Tab ids come after the anchors'.
      zonesPlugin(strings.zonePivot, pivotTitlesFor(zonePivotGroups, frontmatter['zone_pivot_groups'])),
      monikersPlugin(strings.monikerRange),
      rowColumnPlugin(),
      imagePlugin(strings.image),
      noLocPlugin(),
      videoTagPlugin(strings.videoLink),
      formPlugin(strings.form, learnAddress(fromFile, targets)),
      tabsPlugin(ids),
      divClassPlugin(),
      // Before links and placeholders: a cross reference is text, not an address or a tag.
      xrefPlugin(),
      // Before placeholders: a link whose only "text" is a placeholder tag still gets a name.
      linksPlugin(targets, fromFile),
      placeholdersPlugin(),
      alertsPlugin(strings.alert),
      videoPlugin(strings.videoLink),
      emojiPlugin(),
    ];
  };
  return {
    mdastPlugins: [perDocument],
    // In this order, an image's attributes keep the order the page has always had.
    hastPlugins: [
      (document: PluginFactoryContext) => htmlLinksPlugin(targets, docSetPath(document.fileURL, folder)),
      (document: PluginFactoryContext) => htmlImagesPlugin(imageOptions(document)),
      htmlStylesPlugin(),
      htmlTablesPlugin(),
      // It judges the article's HTML as it will be written...
      ...htmlSanitizePlugins(),
      // MathML made from TeX here, so none comes from an article's own HTML.
      mathMLPlugin(),
      (document: PluginFactoryContext) => astroImagesPlugin(imageOptions(document)),
      scrollableTablesPlugin(),
      // ...which leaves out only the site's own links to its sections.
      headingLinksPlugin(useLocale(lang).ids.headingLink),
    ],
  };
}
