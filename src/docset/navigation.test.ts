import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinkTargets } from '../articles/link-targets.ts';
import { takeInventory } from './inventory.ts';
import { loadNavigation } from './navigation.ts';

function docSet(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'navigation-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

const learn = { origin: 'https://learn.microsoft.com', localePath: '/lv-lv' };

describe('navigation', () => {
  it('reads the TOC files the root does not reach, after the root, and leaves the breadcrumb TOC out', () => {
    const folder = docSet({
      'toc.yml': '- name: A\n  href: a.md\n',
      'a.md': '# A\n',
      'area/toc.yml': '- name: Joma\n  items:\n    - name: B\n      href: b.md\n    - name: Nav\n      href: none.md\n',
      'area/b.md': '# B\n',
      'breadcrumb/toc.yml': '- name: Learn\n  tocHref: /\n  topicHref: /\n',
    });
    const inventory = takeInventory(folder, undefined);
    const targets = createLinkTargets(inventory.articles, [], '/', learn);
    const navigation = loadNavigation(folder, inventory, targets, folder);
    expect(navigation.items.map((item) => item.name)).toEqual(['A', 'Joma']);
    expect(navigation.trails.get('area/b')?.map((node) => node.name)).toEqual(['Joma', 'B']);
    expect(navigation.neighbours.get('a')?.next?.name).toBe('B');
    expect(navigation.diagnostics).toEqual([
      expect.objectContaining({ code: 'toc-entry', file: 'area/toc.yml', line: 5 }),
    ]);
  });
});
