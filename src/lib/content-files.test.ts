import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFor, contentSettings } from './content-files.ts';

describe('contentSettings', () => {
  const root = '/project';

  it('reads our own content/ strictly by default', () => {
    expect(contentSettings({}, root)).toEqual({ folder: '/project/content', strict: true });
  });

  it('reads another folder leniently, unless CONTENT_STRICT says otherwise', () => {
    expect(contentSettings({ CONTENT_DIR: '../corpus' }, root)).toEqual({ folder: '/corpus', strict: false });
    expect(contentSettings({ CONTENT_DIR: '../corpus', CONTENT_STRICT: '1' }, root).strict).toBe(true);
    expect(contentSettings({ CONTENT_STRICT: '0' }, root).strict).toBe(false);
  });
});

describe('cacheDirFor', () => {
  it('differs per content folder and per version of the rendering code', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-'));
    mkdirSync(path.join(root, 'src/lib'), { recursive: true });
    writeFileSync(path.join(root, 'src/lib/article-plugin.ts'), 'one');
    const first = cacheDirFor('/a', root);
    expect(cacheDirFor('/a', root)).toBe(first);
    expect(cacheDirFor('/b', root)).not.toBe(first);
    writeFileSync(path.join(root, 'src/lib/article-plugin.ts'), 'two');
    expect(cacheDirFor('/a', root)).not.toBe(first);
  });
});
