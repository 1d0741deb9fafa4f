import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { rowColumnTag } from './row-column.ts';
import { astroData, plugins, renderCompact } from '../../tests/support/render-markdown.ts';

describe('DocFX rows and columns', () => {
  it('renders the Microsoft Learn example: indented content, a two-span column and an image', async () => {
    const html = await renderCompact(
      [
        ':::row:::',
        '   :::column span="2":::',
        '      **This is a 2-span column with lots of text.**',
        '',
        '      Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec vestibulum mollis nunc',
        '      ornare commodo.',
        '   :::column-end:::',
        '   :::column span="":::',
        '      **This is a single-span column with an image in it.**',
        '',
        '      ![Doc.U.Ment](media/a.png)',
        '   :::column-end:::',
        ':::row-end:::',
      ].join('\n'),
    );
    expect(html).toBe(
      '<div class="row">' +
        '<div class="column span-2"><p><strong>This is a 2-span column with lots of text.</strong></p>' +
        '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec vestibulum mollis nunc\nornare commodo.</p></div>' +
        '<div class="column"><p><strong>This is a single-span column with an image in it.</strong></p>' +
        '<p><img src="/palidziba/media/a.png" alt="Doc.U.Ment" loading="eager" decoding="async"></p></div>' +
        '</div>',
    );
  });

  it('splits a paragraph at its tags and keeps the text around them', async () => {
    const html = await renderCompact(
      'Pirms.\n:::row:::\n:::column:::\nViens **treknrakstā**\nun divi.\n:::column-end:::\n:::row-end:::\nPēc.\n',
    );
    expect(html).toBe(
      '<p>Pirms.</p><div class="row"><div class="column"><p>Viens <strong>treknrakstā</strong>\nun divi.</p></div></div><p>Pēc.</p>',
    );
  });

  it('closes a row never ended where the document ends', async () => {
    expect(await renderCompact(':::row:::\n:::column:::\nA\n\nB\n')).toBe(
      '<div class="row"><div class="column"><p>A</p><p>B</p></div></div>',
    );
  });

  it('leaves end tags with nothing to end as text', async () => {
    expect(await renderCompact('Teksts\n:::column-end:::\n\n:::row-end:::\n')).toBe(
      '<p>Teksts\n:::column-end:::</p><p>:::row-end:::</p>',
    );
    // A column end inside a row with no open column is no column's end.
    expect(await renderCompact(':::row:::\n:::column-end:::\n:::row-end:::\n')).toBe(
      '<div class="row"><p>:::column-end:::</p></div>',
    );
  });

  it('keeps fenced code as code and works inside block quotes', async () => {
    const html = await renderCompact(
      [
        '> :::row:::',
        '> :::column:::',
        '> ```',
        '> :::row-end:::',
        '> ```',
        '> :::column-end:::',
        '> :::row-end:::',
      ].join('\n'),
    );
    expect(html).toBe(
      '<blockquote><div class="row"><div class="column"><pre><code>:::row-end:::\n</code></pre></div></div></blockquote>',
    );
  });

  it('re-reads indented content only inside a row, and never a fenced example', async () => {
    const html = await renderCompact(
      [
        ':::row:::',
        '    :::column:::',
        '        Teksts.',
        '',
        '        ```md',
        '        :::row-end:::',
        '        ```',
        '',
        '        Vēl.',
        '    :::column-end:::',
        ':::row-end:::',
        '',
        '    :::row:::',
        '    Koda piemērs.',
      ].join('\n'),
    );
    expect(html).toBe(
      '<div class="row"><div class="column"><p>Teksts.</p><pre><code class="language-md">:::row-end:::\n</code></pre>' +
        '<p>Vēl.</p></div></div><pre><code>:::row:::\nKoda piemērs.\n</code></pre>',
    );
  });

  it('reads column spans, ignoring ones Learn would not lay out', () => {
    expect(rowColumnTag(':::column span="3":::')).toEqual({ kind: 'column', span: 3 });
    expect(rowColumnTag('::: column span="" :::')).toEqual({ kind: 'column', span: undefined });
    expect(rowColumnTag(':::column span="9":::')).toEqual({ kind: 'column', span: undefined });
    expect(rowColumnTag(':::column-end:::')).toEqual({ kind: 'column-end' });
    expect(rowColumnTag(':::rows:::')).toBeUndefined();
    expect(rowColumnTag(':::row')).toBeUndefined();
  });

  it('does not break MDX articles', async () => {
    const { code } = await mdxToJs(':::row:::\n:::column:::\nTeksts.\n:::column-end:::\n:::row-end:::\n', {
      mdastPlugins: plugins.mdastPlugins,
      data: { astro: astroData() },
    });
    expect(code).toContain('"row"');
    expect(code).not.toContain(':::row:::');
  });
});

describe('columns written as the reference writes them, indented', () => {
  it('reads a heading on a line right after a column tag as a heading', async () => {
    const html = await renderCompact(
      [
        ':::row:::',
        '    :::column:::',
        '        ### A Headline',
        '',
        '        Body text.',
        '    :::column-end:::',
        '    :::column:::',
        '        **Bold**',
        '    :::column-end:::',
        ':::row-end:::',
      ].join('\n'),
    );
    expect(html).toBe(
      '<div class="row"><div class="column"><div class="heading"><h3 id="a-headline">A Headline</h3><a class="heading-link" href="#a-headline" aria-labelledby="saite:sadala a-headline">#</a></div><p>Body text.</p></div><div class="column"><p><strong>Bold</strong></p></div></div>',
    );
  });
});
