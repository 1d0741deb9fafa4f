import { describe, expect, it } from 'vitest';
import { linesOutsideCode } from './lines.ts';
import { inlineMathSpans, mathCheck, mathML } from './math.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

/** The TeX of each span Markdig's rules find in a line. */
const texOf = (text: string) => inlineMathSpans(text).map((span) => span.tex);

describe('math spans, by the examples of Markdig’s math specification', () => {
  it.each([
    ['This is a $math block$', ['math block']],
    ['This is a $$math block$$', ['math block']],
    ['This is a $ math block $', ['math block']],
    ['This is a $    math block     $ after', ['math block']],
    ['This is a $$    math block     $$ after', ['math block']],
    ['This is a not $ math block$ because there is not a whitespace before the closing', []],
    ['This is not a m$ath block$', []],
    ['This is not a $math bloc$k', []],
    ['This is should not match a 16$ or a $15', []],
    ['This is a $math \\$ block$', ['math \\$ block']],
    ['This is a $$$math block$$$', ['$math block$']],
    ['This is *a $math* block$', ['math* block']],
    ['$$ math $$ starting at a line', ['math']],
    ['This is not a $math \nblock$ and? this is a $math block$', ['math block']],
  ])('%j', (text, tex) => {
    expect(texOf(text)).toEqual(tex);
  });

  it('leaves prices, escaped signs and code as written', () => {
    expect(texOf('Maksā 188,69 $, nevis 103,17 $.')).toEqual([]);
    expect(texOf('No $100 līdz $200')).toEqual([]);
    expect(texOf('No $5 līdz 10$.')).toEqual([]);
    // Markdig would read these as math; a number beside a sign, a space between, is a price.
    expect(texOf('Cenas: 1900 $ + 500 $ = 2400 $, nevis $ 150 un $ 20.')).toEqual([]);
    expect(texOf('Vērtība $ -53 893,00, un līdzeklim $ 10.')).toEqual([]);
    expect(texOf('Ja veids ir uz $ summu no algas vai seguma, tiek izmantots $ daudzums.')).toEqual([]);
    expect(texOf('$\\text{kopējā summa bez nodokļa} = a + b$')).toEqual(['\\text{kopējā summa bez nodokļa} = a + b']);
    expect(texOf('Līdz 200\u00a0$ kredīta, tad 200\u00a0$ citiem.')).toEqual([]);
    expect(texOf('Summa ir 54 593,00 $ un $x$ un $ y + z $.')).toEqual(['x', 'y + z']);
    expect(texOf('Kods `$Qty:0000$` un \\$x$')).toEqual([]);
  });
});

describe('math on the page', () => {
  it('typesets spans as MathML, words around them kept', async () => {
    const html = await render('Ja $a \\ne 0$, tad $x^2$ un *$y$*.');
    expect(html).toBe(
      '<p>Ja <math><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow></math>, tad <math><msup><mi>x</mi><mn>2</mn></msup></math> un <em><math><mi>y</mi></math></em>.</p>',
    );
  });

  it('reads the TeX as written, backslash escapes and all, in a quote over several lines', async () => {
    const html = await render('> Atstarpe \\* pirms\n> un $a\\,b$ pēc.');
    expect(html).toBe(
      '<blockquote><p>Atstarpe * pirms\nun <math><mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi></mrow></math> pēc.</p></blockquote>',
    );
  });

  it('typesets a $$ block as display math, blank lines and text after it kept', async () => {
    const html = await render(['Pirms.', '', '$$', '\\frac{1}{2}', '', '+ x', '$$', 'Pēc.'].join('\n'));
    expect(html).toBe(
      '<p>Pirms.</p><div class="math"><math display="block"><mrow><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>+</mo><mi>x</mi></mrow></math></div><p>Pēc.</p>',
    );
  });

  it('shows TeX that cannot be typeset as written, in code', async () => {
    expect(await render('Kļūda $\\frac{a$ šeit.')).toBe('<p>Kļūda <code>$\\frac{a$</code> šeit.</p>');
  });

  it('makes no MathML of an article’s own <math> and no link of \\href', async () => {
    expect(await render('<math><mi>x</mi></math> un $\\href{javascript:alert(1)}{x}$')).toBe(
      '<p> un <code>$\\href{javascript:alert(1)}{x}$</code></p>',
    );
    expect('error' in mathML('\\href{https://example.com}{x}', false)).toBe(true);
  });

  it('leaves code, prices and a $$ line never closed as written', async () => {
    expect(await render('`$x$` maksā 5 $ un $10.\n\n$$\nx')).toBe(
      '<p><code>$x$</code> maksā 5 $ un $10.</p><p>$$\nx</p>',
    );
  });
});

describe('the math check', () => {
  it('names TeX that cannot be typeset and a $$ block never closed, at their lines', () => {
    const problems = mathCheck.problems(
      linesOutsideCode('Labi $x$.\n\nSlikti $\\frac{a$.\n\n$$\n\\sqrt{x\n$$\n\n$$\ny\n'),
    );
    expect(problems.map(({ code, line }) => [code, line])).toEqual([
      ['math-invalid', 3],
      ['math-invalid', 5],
      ['math-invalid', 9],
    ]);
  });
});

describe('math on hostile input', () => {
  it('reads no span longer than a formula in a line can be, so a line of signs is read once, not from each', () => {
    expect(inlineMathSpans(`$${'x'.repeat(1_990)}$`)).toHaveLength(1);
    expect(inlineMathSpans(`$${'x'.repeat(2_010)}$`)).toEqual([]);
  });
});
