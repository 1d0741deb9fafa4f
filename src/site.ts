import type { LearnLocation } from './articles/link-targets.ts';
import { contentSettings } from './articles/files.ts';
import { resolveContentSource } from './docset/source.ts';
import { siteFacts } from './docset/site-facts.ts';
import { useLocale } from './i18n/index.ts';
import { defineSiteConfig } from './schemas/site-config.ts';
import fromFile from './site.config.ts';

/**
 * The facts of the site being built: src/site.config.ts, with what the doc set in CONTENT_DIR
 * says of itself on top (see siteFacts). Pages, layouts and integrations read them from here.
 */
const site = siteFacts(resolveContentSource(contentSettings().folder), withSearchMerge(process.env['SEARCH_MERGE']));

/** The configuration, with SEARCH_MERGE="/a/,/b/" for the sites whose search indexes this one's search page merges. */
function withSearchMerge(list: string | undefined) {
  if (list === undefined) return fromFile;
  return defineSiteConfig({
    ...fromFile,
    searchMerge: list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  });
}

export default site;

/** Where site-relative Docs links lead, and which of them are this doc set's own pages. */
export const learn: LearnLocation = {
  origin: site.learn.origin,
  localePath: useLocale(site.lang).learnPath,
  docSetPath: site.learn.docSetPath,
};
