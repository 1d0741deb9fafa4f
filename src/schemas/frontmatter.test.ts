import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import {
  FRONTMATTER_KEYS,
  frontmatterSchema,
  frontmatterSchemaFor,
  lastUpdated,
  lenientFrontmatterSchema,
} from './frontmatter.ts';

const article = readFileSync(new URL('../../content/transfer-licenses-between-tenants.mdx', import.meta.url), 'utf8');
const raw = load(article.split(/^---$/m)[1]!) as Record<string, unknown>;

function issuesFor(change: Record<string, unknown>) {
  const result = frontmatterSchema.safeParse({ ...raw, ...change });
  if (result.success) throw new Error(`expected ${JSON.stringify(change)} to be rejected`);
  return result.error.issues.map((issue) => ({ key: String(issue.path[0]), message: issue.message }));
}

describe('frontmatter schema on the real article', () => {
  const data = frontmatterSchema.parse(raw);

  it('turns every value into its real type', () => {
    expect(data.title).toBe('Licenču pārsūtīšana starp nomniekiem');
    expect(data.reviewers).toEqual(['shegu', 'nicholak']);
    expect(data.custom).toEqual(['commerce_licensing', '1500021', '4689']);
    expect(data.collection).toEqual(['Adm_O365']);
    expect(data.robots).toEqual(['noindex', 'nofollow']);
    expect(data.date?.toISOString()).toBe('2021-08-27T00:00:00.000Z');
    expect(data.lastHandoff?.toISOString()).toBe('2021-08-27T00:00:00.000Z');
    expect(data.translationType).toBe('MT');
    expect(data.contentLocale).toBe('lv-LV');
    expect(data.locFileId).toBe('58679342');
    expect(data.openLocFileHash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('covers all 19 keys of the article', () => {
    const articleKeys = Object.keys(raw);
    expect(articleKeys).toHaveLength(19);
    expect(articleKeys.filter((key) => !FRONTMATTER_KEYS.includes(key))).toEqual([]);
  });

  it('falls back to ms.lasthandoff when ms.date is missing', () => {
    const withoutDate = frontmatterSchema.parse({ ...raw, 'ms.date': undefined, 'ms.lasthandoff': '3/4/2021' });
    expect(lastUpdated(withoutDate)?.toISOString()).toBe('2021-03-04T00:00:00.000Z');
  });

  it('requires what every article of the collection has, and not ms.date', () => {
    // A key is required when the seed's frontmatter without it is refused.
    const required = FRONTMATTER_KEYS.filter(
      (key) => !frontmatterSchema.safeParse({ ...raw, [key]: undefined }).success,
    );
    expect(required).toContain('ms.lasthandoff');
    expect(required).toContain('title');
    expect(required).not.toContain('ms.date');
    expect(required).not.toContain('ROBOTS');
  });
});

describe('frontmatter schema rejects wrong values, naming the key', () => {
  it.each([
    ['ms.date', '02/30/2021', 'real date'],
    ['ms.date', '2021-08-27', 'MM/DD/YYYY'],
    ['ms.lasthandoff', 20210827, 'date'],
    ['ms.translationtype', 'XT', 'MT'],
    ['ms.contentlocale', 'latvian language', 'BCP 47'],
    ['ms.openlocfilehash', 'BD928D945072EEEBB4FD47D61982E75B0D317F66', 'lowercase hexadecimal'],
    ['ms.sourcegitcommit', 'abc123', '40 or 64'],
    ['ms.locfileid', '5867x342', 'digits'],
    ['ROBOTS', 'NOINDEX, NOFOLOW', 'robots directives'],
    ['ms.custom', { a: 1 }, 'list'],
    ['ms.reviewer', ['a', 'b'], 'comma-separated'],
    ['title', '', 'title'],
    ['localization_priority', 'Urgent', 'Normal'],
  ])('%s = %j', (key, value, expected) => {
    const issues = issuesFor({ [key]: value });
    expect(issues).toEqual([{ key, message: expect.stringContaining(expected) }]);
  });

  it.each(['title', 'ms.author', 'ms.lasthandoff', 'ms.translationtype', 'ms.locfileid'])(
    'a missing required key: %s',
    (key) => {
      expect(issuesFor({ [key]: undefined }).map((issue) => issue.key)).toEqual([key]);
    },
  );
});

describe('frontmatter schema accepts the variation of the real collection', () => {
  it.each([
    ['ms.custom', 8000079, ['8000079']],
    ['ms.custom', '', []],
    ['ms.custom', ['a', 1036], ['a', '1036']],
    ['ms.collection', '', []],
    ['ms.date', '4/1/2021', new Date(Date.UTC(2021, 3, 1))],
    ['ms.translationtype', 'HT', 'HT'],
    ['ms.locfileid', 58679342, '58679342'],
  ])('%s = %j', (key, value, expected) => {
    const data = frontmatterSchema.parse({ ...raw, [key]: value }) as Record<string, unknown>;
    const property = {
      'ms.custom': 'custom',
      'ms.collection': 'collection',
      'ms.date': 'date',
      'ms.translationtype': 'translationType',
      'ms.locfileid': 'locFileId',
    }[key]!;
    expect(data[property]).toEqual(expected);
  });
});

describe('the lenient schema of delivered doc sets', () => {
  it('requires nothing a page can do without, and treats empty values as missing', () => {
    expect(lenientFrontmatterSchema.parse({})).toMatchObject({ title: undefined, robots: [], reviewers: [] });
    expect(lenientFrontmatterSchema.parse({ author: '', 'ms.custom': '' }).author).toBeUndefined();
  });

  it('still types and checks every key that is present', () => {
    expect(lenientFrontmatterSchema.safeParse({ 'ms.date': '13/27/2021' }).success).toBe(false);
    expect(lenientFrontmatterSchema.safeParse({ 'ms.translationtype': 'XX' }).success).toBe(false);
    expect(lenientFrontmatterSchema.safeParse({ hideEdit: 'maybe' }).success).toBe(false);
  });

  it('knows the standard DocFX and Learn keys and reads their loose forms', () => {
    for (const key of ['titleSuffix', 'hideEdit', 'ms.technology', 'ms.search.region', 'ms.subservice', 'uid']) {
      expect(FRONTMATTER_KEYS, key).toContain(key);
    }
    const parsed = lenientFrontmatterSchema.parse({
      title: 'Virsraksts',
      titleSuffix: 'Dynamics 365',
      hideEdit: 'true',
      'ms.search.validFrom': new Date(Date.UTC(2020, 9, 1)),
    });
    expect(parsed).toMatchObject({ title: 'Virsraksts', titleSuffix: 'Dynamics 365' });
  });
});

describe('a delivered doc set, as published', () => {
  it('leaves out a value of the wrong type and keeps the rest, where the checks report it', () => {
    const published = frontmatterSchemaFor(false).parse({
      title: 'Virsraksts',
      'ms.search.validFrom': ['2020-10-01'],
      'ms.date': 'yesterday',
      'ms.custom': ['a', 'b'],
    });
    expect(published).toMatchObject({ title: 'Virsraksts', custom: ['a', 'b'], date: undefined });
    expect(lenientFrontmatterSchema.safeParse({ 'ms.search.validFrom': ['2020-10-01'] }).success).toBe(false);
  });

  it('keeps our own articles whole: a wrong value is no page', () => {
    expect(frontmatterSchemaFor(true).safeParse({ ...raw, 'ms.date': 'yesterday' }).success).toBe(false);
  });
});
