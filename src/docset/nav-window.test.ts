import { describe, expect, it } from 'vitest';
import type { NavNode } from './navigation.ts';
import { navListHtml, navWindow } from './nav-window.ts';

const page = (name: string, items: NavNode[] = []): NavNode => ({ name, path: `/${name}/`, items });
const group = (name: string, items: NavNode[]): NavNode => ({ name, items });

describe('the tree beside an article', () => {
  const article = page('b2');
  const sales = group('Pārdošana', [page('b1'), article, group('Vairāk', [page('b3')])]);
  const small = group('Mazs', [page('c1'), page('c2', [page('c3')])]);
  const big = group(
    'Liels',
    Array.from({ length: 9 }, (_, index) => page(`d${index}`)),
  );
  const tree = [page('sakums'), sales, small, big];

  it('opens the groups on the way to the article and marks it', () => {
    const [home, open] = navWindow(tree, [sales, article]);
    expect(home).toEqual({ name: 'sakums', href: '/sakums/' });
    expect(open).toEqual({
      name: 'Pārdošana',
      open: true,
      items: [
        { name: 'b1', href: '/b1/' },
        { name: 'b2', href: '/b2/', current: true },
        { name: 'Vairāk', open: false, items: [{ name: 'b3', href: '/b3/' }] },
      ],
    });
  });

  it('closes other groups with their own entries, and makes a large one a link to its first page', () => {
    const [, , closed, large] = navWindow(tree, [sales, article]);
    expect(closed).toEqual({
      name: 'Mazs',
      open: false,
      items: [
        { name: 'c1', href: '/c1/' },
        { name: 'c2', href: '/c2/' },
      ],
    });
    expect(large).toEqual({ name: 'Liels', href: '/d0/' });
  });
});

describe('the tree as HTML', () => {
  it('writes groups as disclosures with their own page first, the page marked, every name escaped', () => {
    expect(
      navListHtml([
        { name: 'A & B', href: '/a/', open: true, items: [{ name: '<b>', href: '/b/?x="1"', current: true }] },
        { name: 'Grupa', open: false, items: [{ name: 'C', href: '/c/' }] },
        { name: 'Bez lapas' },
      ]),
    ).toBe(
      [
        '<ul>',
        '<li><details open><summary>A &amp; B</summary><ul><li><a href="/a/">A &amp; B</a></li>',
        '<li><a href="/b/?x=&quot;1&quot;" aria-current="page">&lt;b&gt;</a></li></ul></details></li>',
        '<li><details><summary>Grupa</summary><ul><li><a href="/c/">C</a></li></ul></details></li>',
        '<li>Bez lapas</li>',
        '</ul>',
      ].join(''),
    );
  });
});
