import type { MdastVisitorContext } from 'satteri';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';

/** What the page takes from an article's body rather than from its frontmatter. */
export interface ArticleSummary {
  /** Text of the article's leading level-1 heading, which the page renders itself. */
  headingText?: string;
  /** Its legacy anchor, so old deep links still land on the page title. */
  headingId?: string;
  /** The first paragraph as plain text, for the meta description. */
  firstParagraph?: string;
}

const SUMMARY_KEYS = ['headingText', 'headingId', 'firstParagraph'] as const satisfies (keyof ArticleSummary)[];

/**
 * The summary alone, of a rendered document's frontmatter. Astro's renderer returns the whole
 * frontmatter there, a second copy of what the entry's data holds; a build of many articles
 * keeps, writes and reads back only what the page takes.
 */
export function summaryFields(frontmatter: Readonly<Record<string, unknown>>): ArticleSummary {
  const summary: Record<string, unknown> = {};
  for (const key of SUMMARY_KEYS) if (typeof frontmatter[key] === 'string') summary[key] = frontmatter[key];
  return summary;
}

/**
 * Astro hands each rendered document's `frontmatter` back to the page as
 * `remarkPluginFrontmatter`: the summary travels there.
 */
export function summaryOf(ctx: { readonly data: Record<string, unknown> }): ArticleSummary {
  const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  if (!astro) return {};
  astro.frontmatter ??= {};
  return astro.frontmatter as ArticleSummary;
}

/**
 * What a renderer is given of an article's frontmatter: what the plugins read of it (its
 * language and its zone pivot group: markdownPlugins in ./index.ts), from the schema's output,
 * by the names the YAML gives them. The rest the pages read from the entry's data; given to a
 * render helper it would only cross to it and back.
 */
export function renderFrontmatter(
  data: Pick<ArticleFrontmatter, 'contentLocale' | 'zonePivotGroups'>,
): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  if (data.contentLocale !== undefined) read['ms.contentlocale'] = data.contentLocale;
  if (data.zonePivotGroups !== undefined) read['zone_pivot_groups'] = data.zonePivotGroups;
  return read;
}

/** The frontmatter Astro passes in with the document, before any plugin has run. */
export function frontmatterOf(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter ?? {};
}

/**
 * The ids one document has given out. Legacy anchors may repeat a name; the first keeps it and
 * the later ones give way, so every id on the page is unique.
 */
export class DocumentIds {
  readonly #used = new Set<string>();

  /** The id, if still free; undefined once taken. */
  claim(id: string | undefined): string | undefined {
    if (id === undefined || this.#used.has(id)) return undefined;
    this.#used.add(id);
    return id;
  }

  /**
   * The id, or once taken the first free "id-1", "id-2", …: how Markdig numbers repeated
   * heading ids, so links written against a page's English original ("#intro-1") still land.
   */
  claimNumbered(id: string): string {
    let claimed = this.claim(id);
    for (let n = 1; claimed === undefined; n++) claimed = this.claim(`${id}-${n}`);
    return claimed;
  }
}

export type Context = MdastVisitorContext;
