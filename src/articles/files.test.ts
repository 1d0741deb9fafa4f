import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_GLOB,
  contentSettings,
  isArticleFileName,
  linksToArticle,
  listArticleFiles,
  listMediaFiles,
  withoutArticleExtension,
} from './files.ts';

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

describe('article files', () => {
  it('are .md and .mdx files as named on disk, the same set as the loader glob', () => {
    expect(ARTICLE_GLOB).toBe('*.{md,mdx}');
    expect(['a.md', 'a.mdx', 'a.MD', 'a.markdown', 'a.md.txt'].filter(isArticleFileName)).toEqual(['a.md', 'a.mdx']);
  });

  it('are named by links in any case', () => {
    expect(['a.md', 'A.MD', 'a.Mdx', 'a.mdxx', 'media/a.png'].filter(linksToArticle)).toEqual([
      'a.md',
      'A.MD',
      'a.Mdx',
    ]);
    expect(withoutArticleExtension('Buy Licenses.MD')).toBe('Buy Licenses');
  });

  it('are listed from the top of the folder, sorted, with the media beside them', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'files-'));
    mkdirSync(path.join(folder, 'includes'));
    mkdirSync(path.join(folder, 'media'));
    for (const name of ['b.md', 'a.mdx', 'notes.txt', 'includes/x.md', 'media/Z.png', 'media/a.gif'])
      writeFileSync(path.join(folder, name), '');
    expect(listArticleFiles(folder)).toEqual(['a.mdx', 'b.md']);
    expect(listMediaFiles(folder)).toEqual(['media/Z.png', 'media/a.gif']);
  });
});
