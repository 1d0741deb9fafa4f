import { describe, expect, it } from 'vitest';
import { divCheck, divMarker } from './div-class.ts';
import { linesOutsideCode } from './lines.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX [!div] blocks', () => {
  it('renders a next step action as a div holding its link', async () => {
    expect(await render('> [!div class="nextstepaction"]\n> [Uzziniet vairāk](other-article.md)\n')).toBe(
      '<div class="nextstepaction"><p><a href="/palidziba/other-article/">Uzziniet vairāk</a></p></div>',
    );
  });

  it('renders a checklist and a single selector around their lists', async () => {
    expect(await render('> [!div class="checklist"]\n> * Pirmais\n> * Otrais\n')).toBe(
      '<div class="checklist"><ul><li>Pirmais</li><li>Otrais</li></ul></div>',
    );
    expect(
      await render(
        '> [!div class="op_single_selector"]\n> - [Windows](other-article.md)\n> - [macOS](other-article.md#mac)\n',
      ),
    ).toBe(
      '<div class="op_single_selector"><ul><li><a href="/palidziba/other-article/">Windows</a></li>' +
        '<li><a href="/palidziba/other-article/#mac">macOS</a></li></ul></div>',
    );
  });

  it('keeps other classes on a plain div, reduced to safe names', async () => {
    expect(await render('> [!div class=\'mx-tdBreakAll x"y\' title1="Platforma"]\n> | A |\n> |---|\n> | 1 |\n')).toBe(
      '<div class="mx-tdBreakAll"><table tabindex="0"><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
    expect(divMarker('[!div class="a b_c bad<tag> d-1"]')).toEqual({
      classes: ['a', 'b_c', 'd-1'],
      dropped: ['bad<tag>'],
      length: 33,
    });
    expect(divMarker('[!DIV class="checklist"]\nrest')?.classes).toEqual(['checklist']);
  });

  it('leaves ordinary quotations and alerts alone', async () => {
    expect(await render('> Citāts, kas min [!div class="x"].\n')).toBe(
      '<blockquote><p>Citāts, kas min [!div class="x"].</p></blockquote>',
    );
    expect(await render('> [!TIP]\n> Padoms.\n')).toContain('<div class="callout callout-tip" role="note">');
  });
});

describe('the check of DocFX [!div] blocks', () => {
  const problems = (markdown: string) =>
    divCheck.problems(linesOutsideCode(markdown)).map(({ code, line, message }) => `${line}: ${code}: ${message}`);

  it('names a marker never closed, one without a class, and class names it drops, at their lines', () => {
    const markdown = [
      '> [!div class="nextstepaction"',
      '> [Tālāk](next.md)',
      '',
      '> [!div]',
      '> Teksts.',
      '',
      '> [!div class="checklist bad<tag>"]',
      '> - Viens',
    ];
    expect(problems(markdown.join('\n'))).toEqual([
      '1: div-malformed: expected [!div class="nextstepaction"] (or another class) closed by "]"; shown as a quote',
      '4: div-malformed: expected [!div class="nextstepaction"] (or another class) closed by "]"; shown as a quote',
      '7: div-malformed: class "bad<tag>" dropped: expected letters, digits, "-" or "_" in a class name',
    ]);
  });

  it('names a marker with no class, which gives a plain block', async () => {
    expect(problems('> [!div id="x"]\n> Teksts.\n')).toEqual([
      '1: div-malformed: no class: expected [!div class="nextstepaction"] or another class; shown as a plain block',
    ]);
    expect(await render('> [!div id="x"]\n> Teksts.\n')).toBe('<div><p>Teksts.</p></div>');
  });

  it('passes the reference examples', () => {
    expect(
      problems('> [!div class="nextstepaction"]\n> [Tālāk](next.md)\n\n> [!div class="checklist"]\n> - A\n'),
    ).toEqual([]);
  });
});
