import { buildContext, docSetOf, rendersArticle, writesSitePages } from './context/build-context.ts';

/**
 * What pages, layouts and components know of the site being built: the build context's site
 * facts (src/site.config.ts under what the doc set says of itself), where Docs links lead, and
 * the doc set (its TOC and redirections; the build reports their problems). The one module
 * through which pages see the build context.
 */
const context = buildContext();

export default context.site;

export const learn = context.learn;

export const docSet = docSetOf(context);

/**
 * What this build writes: every page, unless it is a step of a build in parts
 * (src/context/partition.ts), where a part writes its articles' pages and the site step the rest.
 */
export const partition = {
  rendersArticle: (id: string) => rendersArticle(context, id),
  writesSitePages: writesSitePages(context),
  /** The articles the parts rendered, for the site step's lists; none in any other build. */
  listedArticles: context.partition?.listed ?? [],
};
