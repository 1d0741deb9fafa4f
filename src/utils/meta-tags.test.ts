import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterSchema } from '../schemas/frontmatter.ts';
import { docsMetaTags, metaDescription } from './meta-tags.ts';

const article = readFileSync(new URL('../../content/transfer-licenses-between-tenants.mdx', import.meta.url), 'utf8');
const data = frontmatterSchema.parse(load(article.split('---')[1]!));

describe('docsMetaTags', () => {
  it('writes the Docs metadata as Microsoft Learn does: one tag per list item, dates as MM/DD/YYYY', () => {
    const tags = docsMetaTags(data);
    expect(tags.filter((tag) => tag.name === 'ms.custom').map((tag) => tag.content)).toEqual([
      'commerce_licensing',
      '1500021',
      '4689',
    ]);
    expect(tags).toContainEqual({ name: 'ms.date', content: '08/27/2021' });
    expect(tags).toContainEqual({ name: 'ms.reviewer', content: 'shegu, nicholak' });
    expect(tags).toContainEqual({ name: 'ms.locfileid', content: '58679342' });
  });

  it('leaves out what the article does not say', () => {
    const { date: _date, ...withoutDate } = data;
    expect(docsMetaTags({ ...withoutDate, date: undefined }).some((tag) => tag.name === 'ms.date')).toBe(false);
  });
});

describe('metaDescription', () => {
  it('keeps a short text whole', () => {
    expect(metaDescription('Īss apraksts.')).toBe('Īss apraksts.');
  });

  it('cuts a long one at a word near the limit, without trailing punctuation', () => {
    const cut = metaDescription('vārds, '.repeat(40), 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/vārds…$/);
  });
});
