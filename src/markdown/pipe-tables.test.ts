import { describe, expect, it } from 'vitest';
import { withPipedDelimiterRows } from './pipe-tables.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

const TABLE =
  '<table tabindex="0"><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';

describe('pipe tables with a "- | -" delimiter row', () => {
  it('reads them as tables, as Markdig does, not as a list', async () => {
    expect(await render('A | B\n- | -\n1 | 2\n')).toBe(TABLE);
  });

  it('keeps the lines before the header row a paragraph, and reads the table in a quote and a tab', async () => {
    expect(await render('Ievads.\nA | B\n- | -\n1 | 2\n\nPēc.\n')).toBe(`<p>Ievads.</p>${TABLE}<p>Pēc.</p>`);
    expect(await render('> A | B\n> - | -\n> 1 | 2\n')).toBe(`<blockquote>${TABLE}</blockquote>`);
    const tabs = await render('# [Viens](#tab/one)\n\nA | B\n- | -\n1 | 2\n\n---\n');
    expect(tabs).toContain(TABLE);
  });

  it('leaves a list a list: no header row above it, or a blank line between', async () => {
    expect(await render('- | -\n')).toBe('<ul><li>| -</li></ul>');
    expect(await render('A | B\n\n- | -\n')).toBe('<p>A | B</p><ul><li>| -</li></ul>');
  });

  it('writes the row with a leading pipe only under a header row', () => {
    expect(withPipedDelimiterRows('A | B\n- | -\n\n- | -\n')).toBe('A | B\n| - | -\n\n- | -\n');
    expect(withPipedDelimiterRows('> A | B\n> - | :-:\n')).toBe('> A | B\n> | - | :-:\n');
  });
});
