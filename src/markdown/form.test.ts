import { describe, expect, it } from 'vitest';
import { formCheck } from './form.ts';
import { linesOutsideCode } from './lines.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX :::form', () => {
  it('stands as a note that the form is on Microsoft Learn, with a link to the article there', async () => {
    expect(
      await render('Pirms.\n\n:::form action="create-resource" submitText="Izveidot" model="m.json":::\n\nPēc.'),
    ).toBe(
      [
        '<p>Pirms.</p>',
        '<div class="callout callout-note" role="note"><p>Šajā vietā raksta oriģinālā Microsoft Learn vietnē ir veidlapa, ko var aizpildīt tikai tur. ',
        '<a href="https://learn.microsoft.com/lv-lv/AlchemyInsights/">Atvērt rakstu Microsoft Learn vietnē</a></p></div>',
        '<p>Pēc.</p>',
      ].join(''),
    );
  });

  it('names a form without an action or a submit text, or with an attribute DocFX does not read', () => {
    const lines = linesOutsideCode(
      ':::form action="a" submitText="Sūtīt":::\n\n:::form submitText="x" target="y":::\n',
    );
    expect(formCheck.problems(lines)).toEqual([
      {
        code: 'form-malformed',
        line: 3,
        message: 'expected action="…"; unexpected attribute "target"; shown as a note',
      },
    ]);
  });
});
