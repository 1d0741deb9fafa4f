import { describe, expect, it } from 'vitest';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX :::no-loc:::', () => {
  it('shows the words it keeps untranslated, as Learn does, in a sentence or alone', async () => {
    expect(await render('Atveriet :::no-loc text="Power BI"::: un :::no-loc text=\'Excel\':::.\n')).toBe(
      '<p>Atveriet Power BI un Excel.</p>',
    );
    expect(await render(':::no-loc text="Dataverse":::\n')).toBe('<p>Dataverse</p>');
  });

  it('keeps markup in its words as text, never as HTML', async () => {
    expect(await render(':::no-loc text="<b>Teams</b>":::\n')).toBe('<p>&lt;b&gt;Teams&lt;/b&gt;</p>');
  });
});
