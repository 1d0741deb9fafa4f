import { describe, expect, it } from 'vitest';
import { articleFormat, contentSettings, hasArticleExtension, withoutArticleExtension } from './files.ts';

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
  it('are .md and .mdx files in any case, also as links name them', () => {
    expect(
      ['a.md', 'a.mdx', 'A.MD', 'a.Mdx', 'a.markdown', 'a.md.txt', 'a.mdxx', 'media/a.png'].filter(hasArticleExtension),
    ).toEqual(['a.md', 'a.mdx', 'A.MD', 'a.Mdx']);
    expect(withoutArticleExtension('Buy Licenses.MD')).toBe('Buy Licenses');
    expect(articleFormat('a.MDX')).toBe('mdx');
    expect(articleFormat('a.md')).toBe('md');
  });
});
