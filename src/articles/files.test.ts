import { describe, expect, it } from 'vitest';
import { articleFormat, hasArticleExtension, withoutArticleExtension } from './files.ts';

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
