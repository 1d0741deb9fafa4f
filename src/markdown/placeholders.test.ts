import { describe, expect, it } from 'vitest';
import { isPseudoTag, tagName } from './placeholders.ts';

describe('raw HTML tags in articles', () => {
  it('reads the element name', () => {
    expect(tagName('<BR/>')).toBe('br');
    expect(tagName('<img src="a.png">')).toBe('img');
    expect(tagName('</a>')).toBe('a');
    expect(tagName('<!-- comment -->')).toBeUndefined();
  });

  it.each(['<email>', '<appId>', '<Role>', '<mailboxname>', '</app>'])('%s is a placeholder, shown as text', (html) => {
    expect(isPseudoTag(html)).toBe(true);
  });

  it.each(['<br>', '<BR/>', '<img src=x>', '<a name="x">', '<span id="y"></span>', '<!-- x -->'])(
    '%s is HTML',
    (html) => {
      expect(isPseudoTag(html)).toBe(false);
    },
  );
});
