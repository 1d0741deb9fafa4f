import { describe, expect, it } from 'vitest';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX alerts', () => {
  it('renders an alert as a labelled callout', async () => {
    expect(await render('> [!NOTE]\n> Sveiki.\n')).toBe(
      '<div class="callout callout-note" role="note"><p class="callout-label"><strong>Piezīme</strong></p><p>Sveiki.</p></div>',
    );
  });

  it('renders several alerts in one block quote as one callout each, as two quotes would', async () => {
    const apart = (await render('> [!NOTE]\n> Sveiki.\n')) + (await render('> [!WARNING]\n> Uzmanīgi.\n'));
    expect(await render('> [!NOTE]\n> Sveiki.\n> [!WARNING]\n> Uzmanīgi.\n')).toBe(apart);
    expect(await render('> [!NOTE]\n> Sveiki.\n>\n> [!WARNING]\n> Uzmanīgi.\n')).toBe(apart);
  });

  it('keeps every paragraph and list of each alert with it', async () => {
    const html = await render('> [!TIP]\n> Viens.\n>\n> - a\n> - b\n>\n> [!CAUTION]\n> Divi.\n>\n> Trīs.\n');
    expect(html).toBe(
      (await render('> [!TIP]\n> Viens.\n>\n> - a\n> - b\n')) + (await render('> [!CAUTION]\n> Divi.\n>\n> Trīs.\n')),
    );
  });

  it('leaves a quote that only mentions a marker mid-line as it is', async () => {
    expect(await render('> Rakstiet [!NOTE] rindas sākumā.\n')).toBe(
      '<blockquote><p>Rakstiet [!NOTE] rindas sākumā.</p></blockquote>',
    );
  });
});
