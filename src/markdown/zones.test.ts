import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderCompact, renderWithoutHeadingLinks as render } from '../../tests/support/render-markdown.ts';
import { zonesPlugin, zoneTag } from './zones.ts';

describe('DocFX zones', () => {
  it('shows every pivot zone of the reference example, each under its pivot', async () => {
    const html = await render(
      [
        '::: zone pivot="python"',
        '',
        '## Python saturs',
        '',
        'Saturs Python lasītājiem.',
        '',
        '::: zone-end',
        '',
        '::: zone pivot="csharp"',
        'Saturs C# lasītājiem.',
        '::: zone-end',
      ].join('\n'),
    );
    expect(html).toBe(
      '<section class="zone" data-pivot="python"><p class="zone-label">Attiecas uz: <strong>python</strong></p>' +
        '<h2 id="python-saturs">Python saturs</h2><p>Saturs Python lasītājiem.</p></section>' +
        '<section class="zone" data-pivot="csharp"><p class="zone-label">Attiecas uz: <strong>csharp</strong></p>' +
        '<p>Saturs C# lasītājiem.</p></section>',
    );
  });

  it('names pivots by their titles when the caller knows the pivot group', async () => {
    const titles = new Map([
      ['python', 'Python'],
      ['csharp', 'C#'],
    ]);
    const { html } = await markdownToHtml('::: zone pivot="python,csharp"\nTeksts.\n::: zone-end\n', {
      mdastPlugins: [zonesPlugin('Attiecas uz:', titles)],
      features: { gfm: true, smartPunctuation: false, rawHtml: true },
    });
    expect(html).toBe(
      '<section class="zone" data-pivot="python csharp"><p class="zone-label">Attiecas uz: <strong>Python, C#</strong></p><p>Teksts.</p></section>\n',
    );
  });

  it('keeps zones for Docs without a frame and leaves out those for other hosts', async () => {
    const html = await render(
      '::: zone target="docs"\nTikai Docs.\n::: zone-end\n\n::: zone target="chromeless"\nCits resursdators.\n::: zone-end\n\nBeigas.\n',
    );
    expect(html).toBe('<p>Tikai Docs.</p><p>Beigas.</p>');
    // Never ended, a zone for another host cannot say where its text stops: the text stays.
    expect(await render('::: zone target="chromeless"\nCits.\n\nRaksta beigas.\n')).toBe(
      '<p>Cits.</p><p>Raksta beigas.</p>',
    );
  });

  it('holds rows, tabs and images, in a list item too', async () => {
    const html = await render(
      [
        '# Virsraksts',
        '',
        '::: zone pivot="windows"',
        ':::row:::',
        ':::column:::',
        ':::image type="icon" source="media/a.png":::',
        ':::column-end:::',
        ':::row-end:::',
        '',
        '## [Portāls](#tab/portal)',
        '',
        'Portālā.',
        '',
        '---',
        '::: zone-end',
        '',
        '1. Solis',
        '',
        '   ::: zone pivot="linux"',
        '   Linux solis.',
        '   ::: zone-end',
      ].join('\n'),
    );
    expect(html).toBe(
      '<section class="zone" data-pivot="windows"><p class="zone-label">Attiecas uz: <strong>windows</strong></p>' +
        '<div class="row"><div class="column"><p><img src="/palidziba/media/a.png" alt="" loading="eager" decoding="async"></p></div></div>' +
        '<div class="tabs"><section class="tab" aria-labelledby="tab-portal"><h2 id="tab-portal">Portāls</h2><p>Portālā.</p></section></div>' +
        '</section>' +
        '<ol><li><p>Solis</p><section class="zone" data-pivot="linux"><p class="zone-label">Attiecas uz: <strong>linux</strong></p>' +
        '<p>Linux solis.</p></section></li></ol>',
    );
  });

  it('closes a zone never ended where the document ends, and leaves stray tags as text', async () => {
    expect(await render('Sākums.\n\n::: zone pivot="python"\nBez beigām.\n')).toBe(
      '<p>Sākums.</p><section class="zone" data-pivot="python"><p class="zone-label">Attiecas uz: <strong>python</strong></p>' +
        '<p>Bez beigām.</p></section>',
    );
    expect(await render('Teksts.\n::: zone-end\n\n::: zone\nNekas.\n::: zone-end\n')).toBe(
      '<p>Teksts.\n::: zone-end</p><p>::: zone\nNekas.\n::: zone-end</p>',
    );
  });

  it('reads zone tags', () => {
    expect(zoneTag('::: zone pivot="a, b"')).toEqual({ kind: 'pivot', pivots: ['a', 'b'] });
    expect(zoneTag(":::zone target='Chromeless':::")).toEqual({ kind: 'target', keep: false });
    expect(zoneTag('::: zone-end')).toEqual({ kind: 'end' });
    expect(zoneTag('::: zoned pivot="a"')).toBeUndefined();
    expect(zoneTag('Teksts ::: zone pivot="a"')).toBeUndefined();
  });
});

describe('a zone that ends right after a list', () => {
  it('ends there, as DocFX reads it: the tag leaves the last item and the next paragraph stays out', async () => {
    const html = await renderCompact(
      ['::: zone pivot="python"', '- Viens', '- Divi', '::: zone-end', '', 'Pēc zonas.'].join('\n'),
    );
    expect(html).toBe(
      '<section class="zone" data-pivot="python"><p class="zone-label">Attiecas uz: <strong>python</strong></p><ul><li>Viens</li><li>Divi</li></ul></section><p>Pēc zonas.</p>',
    );
  });

  it('also after a nested list, and leaves a zone opened inside an item to that item', async () => {
    const nested = await renderCompact(['::: zone pivot="a"', '- Viens', '  - Iekšā', '::: zone-end'].join('\n'));
    expect(nested).toMatch(/<\/ul><\/li><\/ul><\/section>$/);
    const inside = await renderCompact(['- Viens', '  ::: zone pivot="a"', '  Teksts', '  ::: zone-end'].join('\n'));
    expect(inside).toMatch(/^<ul><li>Viens\s*<section class="zone"/);
  });
});

describe('a zone that opens right after a list item, left of its content', () => {
  const zone = (pivot: string, text: string) =>
    `<section class="zone" data-pivot="${pivot}"><p class="zone-label">Attiecas uz: <strong>${pivot}</strong></p><p>${text}</p></section>`;

  it('ends the list, as DocFX reads it, and keeps the text of a zone for Docs out of the item', async () => {
    expect(await renderCompact('- Saraksts\n::: zone pivot="a"\nZ.\n::: zone-end\n\nPēc.')).toBe(
      `<ul><li>Saraksts</li></ul>${zone('a', 'Z.')}<p>Pēc.</p>`,
    );
    expect(await renderCompact('- Saraksts\n::: zone target="docs"\nDokumentiem.\n::: zone-end')).toBe(
      '<ul><li>Saraksts</li></ul><p>Dokumentiem.</p>',
    );
  });

  it('in a block quote too, while a zone indented inside the item stays there', async () => {
    const quoted = [
      '> - Saraksts',
      '>   ::: zone pivot="a"',
      '>   Z.',
      '>   ::: zone-end',
      '> ::: zone pivot="b"',
      '> B.',
      '> ::: zone-end',
    ];
    expect(await renderCompact(quoted.join('\n'))).toBe(
      `<blockquote><ul><li>Saraksts\n${zone('a', 'Z.')}</li></ul>${zone('b', 'B.')}</blockquote>`,
    );
  });
});
