import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/locales.ts';

const webAddress = (what: string) => z.url({ protocol: /^https?$/, error: `expected ${what} as an https:// address` });

const sitePath = z
  .string({ error: 'expected a site-relative path such as "/AlchemyInsights/"' })
  .regex(/^\/(?:[^/\s]+\/)*$/, { error: 'expected a site-relative path that starts and ends with "/"' });

/**
 * The facts of one published site: what it is called, its language, where its sources and
 * licence live, and where its articles sit on Microsoft Learn. Pages, the Markdown pipeline and
 * the link resolver read them from here and from nowhere else.
 */
export const siteConfigSchema = z.strictObject({
  /** The name in every page's header. */
  name: z.string().trim().min(1, { error: 'expected the site name' }),
  /** The language of the pages: a row of the locale table (src/i18n/locales.ts). */
  lang: z.enum(LANGS as [Lang, ...Lang[]], { error: `expected one of ${LANGS.join(', ')}` }),
  /** What the articles are about, as the index description puts it: "2815 <subject> raksti …". */
  subject: z.string().trim().min(1, { error: 'expected what the articles are about' }).optional(),
  /** The repository the articles come from, credited in every footer. */
  source: z.strictObject({ name: z.string().trim().min(1), url: webAddress('the source repository') }),
  licence: z.strictObject({ name: z.string().trim().min(1), url: webAddress('the licence') }),
  learn: z.strictObject({
    /** Microsoft Learn, where site-relative Docs links lead. */
    origin: webAddress('the Microsoft Learn origin'),
    /** The doc set's own path on Learn: site-relative links under it are our own pages. */
    docSetPath: sitePath.optional(),
  }),
  /** Where the original-language articles live, for links from translations; unknown when absent. */
  originalBaseUrl: webAddress('the original-language base address').optional(),
  /**
   * The base paths of other sites on the same host, built separately, whose search indexes the
   * search page searches with its own ("/ProjectOperations/"). The environment variable
   * SEARCH_MERGE, comma-separated, sets it for one build.
   */
  searchMerge: z.array(sitePath).default([]),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * Validates a site configuration, so a mistake stops the build with the key and what was
 * expected instead of surfacing as a broken page.
 */
export function defineSiteConfig(config: z.input<typeof siteConfigSchema>): SiteConfig {
  const result = siteConfigSchema.safeParse(config);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`site configuration: ${problems.join('; ')}`);
}
