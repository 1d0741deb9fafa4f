import { describe, expect, it } from 'vitest';
import { rawHtmlAddresses, rawHtmlRemovals } from './raw-html.ts';

describe('rawHtmlRemovals', () => {
  it('names each element, attribute and address the allowlist takes out', () => {
    expect(rawHtmlRemovals('<p onclick="alert(1)" class="x">')).toEqual([
      'raw HTML: removed onclick="…" from <p>: it runs code',
    ]);
    expect(rawHtmlRemovals('<a href="&#106;avascript&colon;alert(1)">')).toEqual([
      'raw HTML: removed href="javascript:alert(1)" from <a>: its scheme can run code',
    ]);
    expect(rawHtmlRemovals('<iframe src="https://e.lv/"></iframe><center>')).toEqual([
      'raw HTML: removed <iframe> and its content: it can run code, load another site or send a form',
      'raw HTML: removed the <center> tag, its content stays: expected an element of the allowlist',
    ]);
    expect(rawHtmlRemovals('<img src=x style="color:red" srcset="a.png 2x">')).toEqual([
      'raw HTML: removed style="…" from <img>: expected an attribute of the allowlist',
      'raw HTML: removed srcset="…" from <img>: expected an attribute of the allowlist',
    ]);
  });

  it('lets through what articles really use, and placeholders written as tags', () => {
    expect(
      rawHtmlRemovals(
        '<table><tr><th colspan="2" scope="col">A</th></tr></table><a name="x"></a><a href="https://a.lv/">' +
          '<img src="media/a.png" alt="A" width="20"><br/><kbd>Ctrl</kbd><span class="c" aria-label="x">' +
          'Sūtiet uz <email> adresi',
      ),
    ).toEqual([]);
  });
});

describe('rawHtmlAddresses', () => {
  it('reads the links and images of raw HTML, entities decoded', () => {
    expect(
      rawHtmlAddresses('<img src="media/a.png"><a title="x" href=\'../b.md\'>b</a><a href=../../etc/passwd>'),
    ).toEqual(['media/a.png', '../b.md', '../../etc/passwd']);
  });
});
