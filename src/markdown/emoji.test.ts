import { describe, expect, it } from 'vitest';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('emoji shortcodes', () => {
  it('become the emoji GitHub names, as DocFX shows them', async () => {
    expect(await render('Labi :smile: un :+1:!\n')).toBe('<p>Labi 😄 un 👍!</p>');
  });

  it('leave unknown names, times and code as written', async () => {
    expect(await render('Plkst. 10:30:00, :nav-tada: un `:smile:`.\n')).toBe(
      '<p>Plkst. 10:30:00, :nav-tada: un <code>:smile:</code>.</p>',
    );
  });

  it('leave DocFX tags to their own syntax', async () => {
    expect(await render(':::row:::\n:::column:::\nA\n:::column-end:::\n:::row-end:::\n')).toBe(
      '<div class="row"><div class="column"><p>A</p></div></div>',
    );
  });
});
