import { describe, expect, it } from 'vitest';
import { indexablePages, sitemapFiles } from './sitemap.ts';

describe('sitemap.xml', () => {
  const pages = [
    { path: '/palidziba/', robots: undefined },
    { path: '/palidziba/licences/', modified: '2021-08-27' },
    { path: '/palidziba/slepts/', robots: 'NOINDEX, NOFOLLOW' },
    { path: '/palidziba/vecs/', refresh: '/palidziba/licences/' },
    { path: '/palidziba/404.html', robots: 'noindex' },
    { path: '/palidziba/ārā & iekšā/' },
  ];

  it('lists every indexable page at its full address, with the day its article changed', () => {
    const listed = indexablePages(pages, '/palidziba/');
    expect(listed.map((page) => page.path)).toEqual(['/palidziba/', '/palidziba/licences/', '/palidziba/ārā & iekšā/']);
    expect(sitemapFiles(listed, 'https://example.com', '/palidziba/').get('sitemap.xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<url><loc>https://example.com/palidziba/</loc></url>',
        '<url><loc>https://example.com/palidziba/licences/</loc><lastmod>2021-08-27</lastmod></url>',
        '<url><loc>https://example.com/palidziba/%C4%81r%C4%81%20&amp;%20iek%C5%A1%C4%81/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('past its limit of addresses, writes parts and an index of them', () => {
    const files = sitemapFiles(indexablePages(pages, '/palidziba/'), 'https://example.com/', '/palidziba/', 2);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files.get('sitemap.xml')).toContain(
      '<sitemap><loc>https://example.com/palidziba/sitemap-2.xml</loc></sitemap>',
    );
    expect(files.get('sitemap-2.xml')).toContain('iek%C5%A1%C4%81');
  });
});
