import { describe, expect, it } from 'vitest';
import { decodeEntities, tagAttributeList } from './html-attributes.ts';

describe('HTML attributes read as text', () => {
  it('decodes numeric and named entities as a browser does', () => {
    expect(decodeEntities('&#106;ava&#x73;cript&colon;a&amp;b &quot;c&quot; &nbsp;')).toBe('javascript:a&b "c" &nbsp;');
  });

  it('lists every attribute of a tag in order, names lowercased, values decoded, bare ones empty', () => {
    expect(tagAttributeList(` NAME="robots" content='noindex' data-x=y hidden`)).toEqual([
      ['name', 'robots'],
      ['content', 'noindex'],
      ['data-x', 'y'],
      ['hidden', ''],
    ]);
  });
});
