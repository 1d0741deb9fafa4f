import { describe, expect, it } from 'vitest';
import { missingFragments, pageAnchors } from './fragments.ts';

/** Pages as the fragment check sees them: each one's ids and links, read from its HTML. */
const read = (pages: { path: string; html: string }[]) =>
  pages.map(({ path, html }) => ({ path, anchors: pageAnchors(html) }));

describe('missingFragments', () => {
  const pages = [
    {
      path: '/palidziba/a/',
      html: '<h2 id="soli">Soļi</h2><a href="#soli">x</a><a href="#nav">y</a><a href="../b/#rindas">z</a><a href="/palidziba/b/#nav-tadas">w</a>',
    },
    {
      path: '/palidziba/b/',
      html: '<h2 id="rindas">Rindas</h2><span id="lite"></span><a href="/palidziba/a/#soli">v</a>',
    },
    {
      path: '/palidziba/c/',
      html: '<a href="https://learn.microsoft.com/x#y">ārēja</a><a href="/cits/#z">cita vietne</a>',
    },
  ];

  it('names every link whose fragment the target page lacks, on this site only', () => {
    expect(missingFragments(read(pages))).toEqual([
      { page: '/palidziba/a/', href: '#nav', target: '/palidziba/a/', fragment: 'nav' },
      { page: '/palidziba/a/', href: '/palidziba/b/#nav-tadas', target: '/palidziba/b/', fragment: 'nav-tadas' },
    ]);
  });

  it('reads encoded fragments as the browser does', () => {
    const encoded = [{ path: '/', html: '<h2 id="pārskats">P</h2><a href="#p%C4%81rskats">x</a>' }];
    expect(missingFragments(read(encoded))).toEqual([]);
  });
});
