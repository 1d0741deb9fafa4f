import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/site-crawl';
import { htmlProblems } from '../support/validate-html';

describe('html-validate (recommended rules, whole documents)', () => {
  const siteDir = inject('siteDir');
  const pages = htmlPages(siteDir);

  it('finds pages to check', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.for(pages)('%s has no errors', async (page) => {
    expect(await htmlProblems(siteDir, [page])).toEqual([]);
  });
});
