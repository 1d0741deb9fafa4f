import { describe, expect, it } from 'vitest';
import { indexInput } from './index-input.ts';
import { fold } from './query.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Virsraksts</title>${head}</head><body>${body}</body></html>`;
const nav = '<header><nav><a href="/">Sākumlapa</a><a href="/raksti/">Visi raksti</a></nav></header>';
const article =
  '<h1 id="a" data-pagefind-body="true">Licences pārsūtīšana</h1><p>Atjaunināts</p>' +
  '<div class="article-body" data-pagefind-body="true"><p>Pārsūtiet licences.</p></div>';

describe('indexInput', () => {
  it('gives Pagefind the language and everything from the first marked element on, folded', () => {
    expect(indexInput(page('', `${nav}<main>${article}</main>`))).toBe(
      '<html lang="lv"><body><h1 id="a" data-pagefind-body="true">Licences parsutisana</h1><p>Atjauninats</p>' +
        '<div class="article-body" data-pagefind-body="true"><p>Parsutiet licences.</p></div></main></body></html>',
    );
  });

  it('keeps a page whole when what comes before the marked text could matter to Pagefind', () => {
    for (const before of [
      '<h1>Cits virsraksts</h1>',
      '<img src="logo.png" alt="Logotips">',
      '<span data-pagefind-meta="author:Anna"></span>',
      '<span data-pagefind-filter="produkts">Teams</span>',
    ]) {
      const whole = page('', `${before}${nav}${article}`);
      expect(indexInput(whole)).toBe(fold(whole));
    }
  });

  it('looks for what Pagefind reads in the head too', () => {
    const whole = page('<meta data-pagefind-default-meta="image[content]">', `${nav}${article}`);
    expect(indexInput(whole)).toBe(fold(whole));
  });

  it('keeps a page whole that marks nothing, or does not say its language', () => {
    const unmarked = page('', `${nav}<p>Teksts</p>`);
    expect(indexInput(unmarked)).toBe(fold(unmarked));
    const noLang = page('', `${nav}${article}`).replace(' lang="lv"', '');
    expect(indexInput(noLang)).toContain('<nav>');
  });
});
