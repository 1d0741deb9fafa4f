import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBuilds } from './compare-builds';

function build(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'compare-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

const page = (css: string) => `<link rel="stylesheet" href="/_astro/style.${css}.css"><p>Teksts</p>`;

describe('compareBuilds', () => {
  it('calls two builds identical when only hashed asset names differ', () => {
    const before = build({ 'index.html': page('BO0P-yzB'), '_astro/style.BO0P-yzB.css': 'a{}', _headers: '/*\n' });
    const after = build({ 'index.html': page('BWGywouK'), '_astro/style.BWGywouK.css': 'a{ }', _headers: '/*\n' });
    expect(compareBuilds(before, after)).toEqual([]);
  });

  it('names every page that differs, is missing or is new', () => {
    const before = build({ 'index.html': page('BO0P-yzB'), 'a/index.html': 'a', 'b/index.html': 'b' });
    const after = build({ 'index.html': page('BWGywouK').replace('Teksts', 'Cits'), 'a/index.html': 'a', 'c.txt': '' });
    expect(compareBuilds(before, after)).toEqual([
      { file: 'b/index.html', problem: 'only in the old build' },
      { file: 'index.html', problem: 'content differs' },
      { file: 'c.txt', problem: 'only in the new build' },
    ]);
  });
});
