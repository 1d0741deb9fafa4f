import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocfxConfig } from './docfx-config.ts';
import { skippedByRule, takeInventory, updateInventory } from './inventory.ts';

function folderWith(files: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'inventory-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), '# x\n');
  }
  return folder;
}

const FILES = [
  'README.md',
  'index.md',
  'TOC.yml',
  'sales/toc.md',
  'sales/Quotes.MD',
  'sales/media/chart.png',
  'includes/banner.md',
  'sales/includes/note.md',
  'notes.txt',
  '.git/config',
  'zone-pivots.yml',
];

describe('takeInventory', () => {
  it("follows DocFX's defaults without docfx.json: every Markdown file but includes, TOCs and the root README", () => {
    const inventory = takeInventory(folderWith(FILES), undefined);
    expect(inventory.articles).toEqual(['index.md', 'sales/Quotes.MD']);
    expect(inventory.tocs).toEqual(['TOC.yml', 'sales/toc.md']);
    expect(inventory.includes).toEqual(['includes/banner.md', 'sales/includes/note.md']);
    expect(inventory.media).toEqual(['sales/media/chart.png']);
    expect(inventory.skipped).toEqual([
      { file: '.git', rule: 'hidden' },
      { file: 'README.md', rule: 'root README' },
      { file: 'notes.txt', rule: 'not an article, TOC, include or image' },
      { file: 'zone-pivots.yml', rule: 'not an article, TOC, include or image' },
    ]);
  });

  it('lets docfx.json decide what is an article and what is a resource', () => {
    const folder = folderWith([...FILES, 'drafts/wip.md', 'docfx.json']);
    const { config } = parseDocfxConfig(
      'docfx.json',
      JSON.stringify({
        build: {
          content: [{ files: ['**/*.md', '**/*.yml'], exclude: ['**/includes/**', 'drafts/**', 'README.md'] }],
          resource: [{ files: ['**/*.png'] }],
        },
      }),
    );
    const inventory = takeInventory(folder, config);
    expect(inventory.articles).toEqual(['index.md', 'sales/Quotes.MD']);
    expect(inventory.media).toEqual(['sales/media/chart.png']);
    expect(Object.fromEntries(skippedByRule(inventory))).toEqual({
      hidden: 1,
      configuration: 1,
      'excluded by docfx.json': 3,
      'YAML page': 1,
    });
  });

  it('never follows a symbolic link, and says so', () => {
    const folder = folderWith(['index.md']);
    symlinkSync('/etc', path.join(folder, 'media'));
    symlinkSync('/etc/hostname', path.join(folder, 'secret.md'));
    const inventory = takeInventory(folder, undefined);
    expect(inventory.articles).toEqual(['index.md']);
    expect(inventory.skipped).toEqual([
      { file: 'media', rule: 'symbolic link' },
      { file: 'secret.md', rule: 'symbolic link' },
    ]);
  });
});

describe('updateInventory', () => {
  it('places an added or removed file as takeInventory would, and says whether the articles changed', () => {
    const inventory = takeInventory(folderWith(FILES), undefined);
    expect(updateInventory(inventory, 'a/new.md', undefined, true)).toBe(true);
    expect(inventory.articles).toEqual(['a/new.md', 'index.md', 'sales/Quotes.MD']);
    expect(updateInventory(inventory, 'a/new.md', undefined, true)).toBe(false);
    // An include, a TOC and the root README are no articles.
    for (const file of ['includes/other.md', 'toc.md', 'README.md']) {
      expect(updateInventory(inventory, file, undefined, true)).toBe(false);
    }
    expect(updateInventory(inventory, 'index.md', undefined, false)).toBe(true);
    expect(inventory.articles).toEqual(['a/new.md', 'sales/Quotes.MD']);
  });
});
