import { describe, expect, it } from 'vitest';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';
import { replaceXrefsInText, xrefUid } from './xref.ts';

describe('DocFX cross references', () => {
  it('shows a link to a UID as its text', async () => {
    expect(await render('Skatiet [virknes klasi](xref:System.String) un [](xref:System.Int32#piezimes).\n')).toBe(
      '<p>Skatiet virknes klasi un System.Int32.</p>',
    );
  });

  it('shows an autolink, which the parser makes a link, as its UID', async () => {
    expect(
      await render('Skatiet <xref:System.String> un <xref:System.String.Format*?displayProperty=nameWithType>.\n'),
    ).toBe('<p>Skatiet System.String un System.String.Format*.</p>');
    // A UID with a space is no autolink: the parser leaves it as text.
    expect(await render('Skatiet <xref:Mana tēma>.\n')).toBe('<p>Skatiet Mana tēma.</p>');
  });

  it('shows the shorthand forms as their UIDs', async () => {
    expect(await render('Izmantojiet @System.String.Format(System.String) vai @"Mana tēma", vai @\'Cita\'.\n')).toBe(
      '<p>Izmantojiet System.String.Format(System.String) vai Mana tēma, vai Cita.</p>',
    );
  });

  it('shows the xref tag by its text, or by its UID when it has none', async () => {
    expect(
      await render('A <xref href="System.String"></xref>, B <xref href="System.Int32">vesels skaitlis</xref>.\n'),
    ).toBe('<p>A System.String, B vesels skaitlis.</p>');
  });

  it('leaves mentions, e-mail addresses and code alone', async () => {
    expect(await render('Rakstiet @mentions vai admin@contoso.com, bet ne `@System.String`.\n')).toBe(
      '<p>Rakstiet @mentions vai <a href="mailto:admin@contoso.com">admin@contoso.com</a>, bet ne <code>@System.String</code>.</p>',
    );
  });

  it('tells the checks the UID a reference names', () => {
    expect(xrefUid('xref:System.String?displayProperty=fullName')).toBe('System.String');
    expect(xrefUid('xref:System.Collections.Generic.List%601')).toBe('System.Collections.Generic.List`1');
    expect(xrefUid('<xref:System.String>')).toBe('System.String');
    expect(xrefUid('@System.String')).toBe('System.String');
    expect(xrefUid('@"Mana tēma"')).toBe('Mana tēma');
    expect(xrefUid('https://learn.microsoft.com/')).toBeUndefined();
    expect(xrefUid('@mentions')).toBeUndefined();
    expect(xrefUid('xref:')).toBeUndefined();
    expect(replaceXrefsInText('(@A.B) un @A.B.')).toBe('(@A.B) un A.B.');
  });
});
