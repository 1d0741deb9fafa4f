import type { LearnLocation } from '../articles/link-targets.ts';
import type { DocSet } from '../docset/doc-set.ts';
import { siteFacts } from './site-facts.ts';
import { resolveContentSource, type ContentSource } from '../docset/source.ts';
import type { Diagnostic, Finding } from '../findings/finding.ts';
import { useLocale } from '../i18n/index.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import configured from '../site.config.ts';
import type { ListedArticle } from '../utils/articles.ts';
import type { ReadFrontmatter } from '../checks/frontmatter.ts';
import type { Plan } from './partition.ts';
import { readSettings, type Settings } from './settings.ts';

/**
 * Everything one build knows before it reads an article, read and checked once: the settings,
 * the doc set's configuration files, and the site's facts. The integrations, the content loader,
 * the helper processes and the pages are all handed this one object.
 *
 * Where the sources of a fact disagree, the first of these wins:
 * 1. a setting (an environment variable: SEARCH_MERGE);
 * 2. what the doc set says of itself (its locale, its path on Learn, its name, source and
 *    licence: see siteFacts);
 * 3. src/site.config.ts.
 */
export interface BuildContext {
  settings: Settings;
  /** The doc set's configuration: publish configuration, docfx.json, fallback repository. */
  source: ContentSource;
  site: SiteConfig;
  /** Where site-relative Docs links lead, and which of them are this doc set's own pages. */
  learn: LearnLocation;
  /** Problems with the settings, reported with the checks' findings. */
  findings: Finding[];
  /**
   * The doc set (inventory, link targets, navigation, redirections), read once the site's base
   * is known and the checks have said which articles are left out (see article-content.ts).
   */
  docSet?: DocSet | undefined;
  /**
   * The frontmatter the checks read of each article whose frontmatter was right, by its file: the
   * loader takes it rather than reading it again, and lets it go once it has.
   */
  checkedFrontmatter?: Map<string, ReadFrontmatter> | undefined;
  /** What this build has found so far, judged: the integrations add to it, the build report lists it. */
  found: Diagnostic[];
  /** When the build began (performance.now()), for the report's time. */
  started: number;
  /**
   * In a step of a build in parts (./partition.ts): the plan, the ids of the articles this step
   * renders, and in the site step the articles the parts rendered, as the A–Z list shows them.
   */
  partition?: { plan: Plan; owned: ReadonlySet<string>; listed: ListedArticle[] } | undefined;
}

/** Whether this build renders the article `id`: every one, unless it is a step of a build in parts. */
export function rendersArticle(context: BuildContext, id: string): boolean {
  return context.partition === undefined || context.partition.owned.has(id);
}

/**
 * Whether this build writes the pages of the whole site (A–Z, TOC, search, redirections) and the
 * files that list every page: a whole build does, and the site step of a build in parts.
 */
export function writesSitePages(context: BuildContext): boolean {
  return context.settings.part === undefined || context.settings.part.step === 'site';
}

/** The build context for the settings in `env`, of a project at `root`. */
export function createBuildContext(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): BuildContext {
  const { settings, findings } = readSettings(env, root);
  const source = resolveContentSource(settings.folder, root, settings.fallbackDir, settings.docset);
  let config = configured;
  if (settings.searchMerge !== undefined) {
    const merged = siteConfigSchema.safeParse({ ...configured, searchMerge: settings.searchMerge });
    if (merged.success) config = merged.data;
    else {
      const problem = merged.error.issues[0]?.message ?? 'expected site paths such as "/ProjectOperations/"';
      findings.push({ code: 'setting-invalid', file: 'SEARCH_MERGE', key: 'SEARCH_MERGE', message: problem });
    }
  }
  const site = siteFacts(source, config);
  const learn: LearnLocation = {
    origin: site.learn.origin,
    localePath: useLocale(site.lang).learnPath,
    docSetPath: site.learn.docSetPath,
  };
  return { settings, source, site, learn, findings, found: [], started: performance.now() };
}

/**
 * Astro evaluates the configuration, the content collection and the pages as module graphs of
 * their own in one process, so a module-level value would be read once per graph. The context is
 * kept on the process instead: the first graph to ask reads it, every later one gets that object.
 */
const KEY = Symbol.for('licencu-parsutisana.buildContext');

type WithContext = typeof globalThis & { [KEY]?: BuildContext };

/** This process's build context, read from the environment on first use. */
export function buildContext(): BuildContext {
  const holder = globalThis as WithContext;
  holder[KEY] ??= createBuildContext();
  return holder[KEY];
}

/** The doc set of this build; the article-content integration loads it before any page asks. */
export function docSetOf(context: BuildContext): DocSet {
  if (context.docSet === undefined) {
    throw new Error('the doc set is not loaded yet: expected the article-content integration to load it first');
  }
  return context.docSet;
}
