import { z } from 'astro/zod';
import { parseDocsDate } from './docs-date.ts';
import { parseRobots } from './robots.ts';

/**
 * The frontmatter of a Microsoft Docs article, as the collection really writes it,
 * turned into typed values. This is the one description of the frontmatter: the
 * content collection, the source checks and the tests all use it.
 */

/** YAML writes empty optional values as `''` or leaves them blank (null); both mean "absent". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty value` });

/** Values that the collection sometimes leaves unquoted, so YAML reads them as numbers. */
const textOrNumber = (what: string) =>
  z.union([z.string(), z.number()], { error: `expected ${what} as text or a number` }).transform(String);

const docsDate = z.string({ error: 'expected a date as MM/DD/YYYY' }).transform((value, ctx) => {
  const date = parseDocsDate(value);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: `expected a real date as MM/DD/YYYY (or M/D/YYYY), got "${value}"` });
    return z.NEVER;
  }
  return date;
});

const commaList = z
  .string({ error: 'expected a comma-separated list of aliases, such as "shegu, nicholak"' })
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

/** ms.custom and similar: a YAML list, a single value, or a bare number. */
const stringList = z
  .union([z.array(textOrNumber('a list item')), textOrNumber('a value')], {
    error: 'expected a list of text values',
  })
  .transform((value) => (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean));

const robots = z.string({ error: 'expected robots directives such as "NOINDEX, NOFOLLOW"' }).transform((value, ctx) => {
  const result = parseRobots(value);
  if (!result.ok) {
    ctx.addIssue({
      code: 'custom',
      message: `expected robots directives such as "NOINDEX, NOFOLLOW", got "${value}"`,
    });
    return z.NEVER;
  }
  return result.directives;
});

const gitHash = z
  .string({ error: 'expected a git hash as text' })
  .regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, { error: 'expected a lowercase hexadecimal hash of 40 or 64 characters' });

function isLocaleTag(value: string): boolean {
  try {
    return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

// A doc set names a handful of locales in thousands of articles; asking Intl once each is a
// tenth of the time it takes to check a frontmatter.
const knownLocaleTags = new Map<string, boolean>();

const localeTag = z.string({ error: 'expected a BCP 47 language tag such as "lv-LV"' }).refine(
  (value) => {
    let valid = knownLocaleTags.get(value);
    if (valid === undefined && knownLocaleTags.size < 1000) knownLocaleTags.set(value, (valid = isLocaleTag(value)));
    return valid ?? isLocaleTag(value);
  },
  { error: 'expected a BCP 47 language tag such as "lv-LV"' },
);

const digits = textOrNumber('digits').pipe(
  z.string().regex(/^\d+$/, { error: 'expected digits only, such as "58679342"' }),
);

/** Free text that YAML may have read as a number or a date (`ms.search.validFrom: 2020-10-01`). */
const looseText = z
  .union([z.string(), z.number(), z.date()], { error: 'expected text' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)));

const flag = z
  .union([z.boolean(), z.enum(['true', 'false'])], { error: 'expected true or false' })
  .transform((value) => value === true || value === 'true');

/** The keys of the article's own frontmatter, as the Alchemy Insights collection writes them. */
const articleShape = {
  title: text('a title'),
  author: text('the author'),
  'ms.author': text('the author alias'),
  manager: optional(text('the manager')),
  'ms.reviewer': optional(commaList),
  'ms.audience': optional(text('the audience')),
  audience: optional(text('the audience')),
  'ms.topic': text('the topic type'),
  'ms.service': optional(text('the service')),
  'ms.prod': optional(text('the product')),
  ROBOTS: optional(robots),
  localization_priority: optional(
    z.enum(['Normal', 'Priority', 'Critical', 'Once'], {
      error: 'expected one of Normal, Priority, Critical, Once',
    }),
  ),
  'ms.collection': optional(stringList),
  'ms.custom': optional(stringList),
  'ms.assetid': optional(stringList),
  'search.appverid': optional(stringList),
  description: optional(text('a description')),
  'ms.date': optional(docsDate),
  'ms.openlocfilehash': gitHash,
  'ms.sourcegitcommit': gitHash,
  'ms.translationtype': z.enum(['MT', 'HT'], {
    error: 'expected MT (machine translation) or HT (human translation)',
  }),
  'ms.contentlocale': localeTag,
  'ms.lasthandoff': docsDate,
  'ms.locfileid': digits,
};

/**
 * The other standard keys of DocFX and the Microsoft Learn metadata reference, and those the
 * Dynamics 365 doc sets add. Always optional; typed loosely, as only the site's own pages read
 * a few of them (titleSuffix, hideEdit), but still checked, so a misspelt key is reported.
 */
const docfxShape = {
  titleSuffix: optional(looseText),
  hideEdit: optional(flag),
  uid: optional(looseText),
  keywords: optional(stringList),
  'no-loc': optional(stringList),
  'ms.subservice': optional(looseText),
  'ms.technology': optional(looseText),
  'ms.devlang': optional(stringList),
  'ms.suite': optional(looseText),
  'ms.tgt_pltfrm': optional(looseText),
  'ms.workload': optional(stringList),
  'ms.localizationpriority': optional(looseText),
  'ms.update-cycle': optional(looseText),
  zone_pivot_groups: optional(looseText),
  monikerRange: optional(looseText),
  products: optional(stringList),
  layout: optional(looseText),
  breadcrumb_path: optional(looseText),
  extendBreadcrumb: optional(flag),
  feedback_system: optional(looseText),
  feedback_product_url: optional(looseText),
  feedback_help_link_url: optional(looseText),
  feedback_help_link_type: optional(looseText),
  feedback_github_repo: optional(looseText),
  hide_comments: optional(flag),
  show_latex: optional(flag),
  searchScope: optional(stringList),
  contributors_to_exclude: optional(stringList),
  'ms.search.region': optional(looseText),
  'ms.search.scope': optional(stringList),
  'ms.search.industry': optional(stringList),
  'ms.search.form': optional(stringList),
  'ms.search.validFrom': optional(looseText),
  'ms.dyn365.ops.version': optional(looseText),
  'search.app': optional(stringList),
  'search.audienceType': optional(stringList),
};

const fullShape = { ...articleShape, ...docfxShape };
type FullShape = typeof fullShape;

/** The same keys, every one optional: what a delivered doc set's article may leave out. */
const lenientShape = Object.fromEntries(
  Object.entries(fullShape).map(([key, schema]) => [key, optional(schema as z.ZodType)]),
) as unknown as { [K in keyof FullShape]: z.ZodOptional<z.ZodType<z.output<FullShape[K]>>> };

type LenientRaw = z.output<z.ZodObject<typeof lenientShape>>;

/** The frontmatter as pages read it: typed names, lists never undefined. */
function toArticle(raw: LenientRaw) {
  return {
    title: raw.title,
    titleSuffix: raw.titleSuffix,
    author: raw.author,
    msAuthor: raw['ms.author'],
    manager: raw.manager,
    reviewers: raw['ms.reviewer'] ?? [],
    audience: raw['ms.audience'] ?? raw.audience,
    topic: raw['ms.topic'],
    service: raw['ms.service'],
    product: raw['ms.prod'],
    robots: raw.ROBOTS ?? [],
    localizationPriority: raw.localization_priority,
    collection: raw['ms.collection'] ?? [],
    custom: raw['ms.custom'] ?? [],
    assetIds: raw['ms.assetid'] ?? [],
    searchAppVerIds: raw['search.appverid'] ?? [],
    description: raw.description,
    date: raw['ms.date'],
    openLocFileHash: raw['ms.openlocfilehash'],
    sourceGitCommit: raw['ms.sourcegitcommit'],
    translationType: raw['ms.translationtype'],
    contentLocale: raw['ms.contentlocale'],
    lastHandoff: raw['ms.lasthandoff'],
    locFileId: raw['ms.locfileid'],
    zonePivotGroups: raw.zone_pivot_groups,
  };
}

/** Our own articles: the 19 keys of the seed article are typed and the ones it needs required. */
export const frontmatterSchema = z.object(fullShape).transform(toArticle);

/**
 * A delivered doc set's articles, as the checks read them: every key present is typed and
 * checked, none is required (a page takes its title from the first heading when the
 * frontmatter has none, as DocFX does).
 */
export const lenientFrontmatterSchema = z.object(lenientShape).transform(toArticle);

/**
 * A delivered doc set's articles, as they are published: a value of the wrong type is left out
 * (the checks have said so) rather than stopping the build, as Microsoft Learn publishes with
 * `continue_with_document_error`.
 */
const deliveredFrontmatterSchema = z
  .object(
    Object.fromEntries(
      Object.entries(lenientShape).map(([key, schema]) => [key, (schema as z.ZodType).catch(undefined)]),
    ) as unknown as typeof lenientShape,
  )
  .transform(toArticle);

export type ArticleFrontmatter = ReturnType<typeof toArticle>;

/** Every key the schema knows, as written in the YAML. */
export const FRONTMATTER_KEYS: readonly string[] = Object.keys(fullShape);

/** The schema of what is published: our own articles whole, a delivered doc set's without the values it got wrong. */
export function frontmatterSchemaFor(strict: boolean) {
  return strict ? frontmatterSchema : deliveredFrontmatterSchema;
}

/** The schema the checks hold an article to: every value typed, the required keys for our own articles. */
export function checkedFrontmatterSchemaFor(strict: boolean) {
  return strict ? frontmatterSchema : lenientFrontmatterSchema;
}

/** The day the text was last updated: ms.date where given, otherwise the day it was handed off. */
export function lastUpdated(data: Pick<ArticleFrontmatter, 'date' | 'lastHandoff'>): Date | undefined {
  return data.date ?? data.lastHandoff;
}
