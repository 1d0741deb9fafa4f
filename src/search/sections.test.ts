import { describe, expect, it } from 'vitest';
import type { NavNode } from '../docset/navigation.ts';
import { searchSections, sectionOf } from './sections.ts';

const node = (name: string, items: NavNode[] = []): NavNode => ({ name, path: `/${name}/`, items });

describe('search sections', () => {
  const article = node('piedavajumi');
  const sales = node('Pārdošana', [article]);
  const guides = node('Ceļveži', [node('sakums')]);

  it('are the top-level entries that hold others, when there are two or more', () => {
    expect(searchSections([node('Sākums'), sales, guides])).toEqual(['Pārdošana', 'Ceļveži']);
    expect(searchSections([node('Sākums'), sales])).toEqual([]);
  });

  it('name the one an article stands in', () => {
    const sections = searchSections([sales, guides]);
    expect(sectionOf([sales, article], sections)).toBe('Pārdošana');
    expect(sectionOf([node('Sākums')], sections)).toBeUndefined();
    expect(sectionOf(undefined, sections)).toBeUndefined();
  });
});
