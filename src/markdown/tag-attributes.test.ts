import { describe, expect, it } from 'vitest';
import { rewriteAttributes, tagAttributes } from './tag-attributes.ts';

describe('DocFX tag attributes', () => {
  it('reads either quote, names in any case, the first of each name', () => {
    const attributes = tagAttributes(`type="content" SOURCE='a b.png' alt-text="it's" source="later.png"`);
    expect([...attributes]).toEqual([
      ['type', 'content'],
      ['source', 'a b.png'],
      ['alt-text', "it's"],
    ]);
  });

  it('rewrites the named values only, each in its own quotes', () => {
    const tag = `:::image type="content" Source='media/a.png' alt-text="it's media/a.png" lightbox="media/b.png":::`;
    expect(rewriteAttributes(tag, ['source', 'lightbox'], (value) => `../x/${value}`)).toBe(
      `:::image type="content" Source='../x/media/a.png' alt-text="it's media/a.png" lightbox="../x/media/b.png":::`,
    );
  });
});
