import { describe, expect, it } from 'vitest';
import { articlePath, articleTitle, LANDING_ID } from './articles.ts';

describe('articleTitle', () => {
  it('takes the frontmatter title, else the first heading, else the address', () => {
    const rendered = { metadata: { frontmatter: { headingText: 'Virsraksts' } } };
    expect(articleTitle({ id: 'a', data: { title: 'Nosaukums' }, rendered })).toBe('Nosaukums');
    expect(articleTitle({ id: 'a', data: {}, rendered })).toBe('Virsraksts');
    expect(articleTitle({ id: 'sales/a', data: {} })).toBe('sales/a');
  });
});

describe('articlePath', () => {
  it('serves the landing page at the base and every other article below it', () => {
    expect(articlePath('/palidziba', LANDING_ID)).toBe('/palidziba/');
    expect(articlePath('/', 'sales/quotes')).toBe('/sales/quotes/');
  });
});
