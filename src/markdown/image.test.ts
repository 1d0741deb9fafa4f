import { describe, expect, it } from 'vitest';
import { imageTags } from './image.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('the DocFX image extension', () => {
  it('renders a content image through the same address resolution as Markdown images', async () => {
    expect(
      await render(':::image type="content" source="media/a.png" alt-text="Ekrānuzņēmums ar iestatījumiem":::\n'),
    ).toBe(
      '<p><img src="/palidziba/media/a.png" alt="Ekrānuzņēmums ar iestatījumiem" class="image-border" loading="eager" decoding="async"></p>',
    );
  });

  it('links a lightbox image to its larger version, and turns the border off with a class', async () => {
    expect(
      await render(
        ":::image type='content' source='media/a.png' alt-text='Diagramma' lightbox='media/a-big.png' border='false' loc-scope='other':::\n",
      ),
    ).toBe(
      '<p><a href="/palidziba/media/a-big.png"><img src="/palidziba/media/a.png" alt="Diagramma" loading="eager" decoding="async"></a></p>',
    );
  });

  it('renders an icon as decorative, even in a sentence', async () => {
    expect(await render('Atlasiet :::image type="icon" source="media/a.png"::: **Iestatījumi**.\n')).toBe(
      '<p>Atlasiet <img src="/palidziba/media/a.png" alt="" loading="eager" decoding="async"> <strong>Iestatījumi</strong>.</p>',
    );
    expect(
      await render(':::image type="icon" source="media/a.png" border="true" lightbox="media/a-big.png":::\n'),
    ).toBe(
      '<p><a href="/palidziba/media/a-big.png" aria-label="Skatīt lielāku attēlu"><img src="/palidziba/media/a.png" alt="" class="image-border" loading="eager" decoding="async"></a></p>',
    );
  });

  it('makes an image with link="…" a link there, resolved as any link is', async () => {
    expect(
      await render(':::image type="content" source="media/a.png" alt-text="Diagramma" link="other-article.md":::\n'),
    ).toBe(
      '<p><a href="/palidziba/other-article/"><img src="/palidziba/media/a.png" alt="Diagramma" class="image-border" loading="eager" decoding="async"></a></p>',
    );
    // The link wins over a lightbox; an icon that links keeps its words, so the link has a name.
    expect(
      await render(
        ':::image type="icon" source="media/a.png" alt-text="Palīdzība" link="https://learn.microsoft.com/" lightbox="media/a-big.png":::\n',
      ),
    ).toBe(
      '<p><a href="https://learn.microsoft.com/"><img src="/palidziba/media/a.png" alt="Palīdzība" loading="eager" decoding="async"></a></p>',
    );
  });

  it('renders an image tag in a table cell or a heading, as in a paragraph', async () => {
    expect(await render('| A | B |\n|---|---|\n| :::image type="icon" source="media/a.png"::: | x |\n')).toContain(
      '<td><img src="/palidziba/media/a.png" alt="" loading="eager" decoding="async"></td>',
    );
    expect(await render('## Iestatījumi :::image type="icon" source="media/a.png":::\n')).toContain(
      'Iestatījumi <img src="/palidziba/media/a.png" alt=""',
    );
  });

  it('puts a complex image’s long description in a details element under the figure', async () => {
    const html = await render(
      [
        ':::image type="complex" source="media/a.png" alt-text="Pārdošanas grafiks":::',
        '   Pārdošana pieauga **no 10 līdz 40** vienībām.',
        ':::image-end:::',
      ].join('\n'),
    );
    expect(html).toBe(
      '<figure class="image-complex">' +
        '<img src="/palidziba/media/a.png" alt="Pārdošanas grafiks" class="image-border" loading="eager" decoding="async">' +
        '<details class="image-description"><summary>Attēla apraksts</summary>' +
        '<p>Pārdošana pieauga <strong>no 10 līdz 40</strong> vienībām.</p></details></figure>',
    );
  });

  it('keeps a long description of several blocks, indented or with hard breaks', async () => {
    const html = await render(
      [
        'Ievads.',
        ':::image type="complex" source="media/pic-one.png" alt-text="Grafiks" lightbox="media/a-big.png":::  ',
        '   Pirmā rinda  ',
        '',
        '       Otrā rindkopa.',
        ':::image-end:::  ',
        'Turpinājums.',
      ].join('\n'),
    );
    expect(html).toBe(
      '<p>Ievads.</p><figure class="image-complex">' +
        '<a href="/palidziba/media/a-big.png"><img src="/palidziba/media/pic-one.png" alt="Grafiks" class="image-border" loading="eager" decoding="async"></a>' +
        '<details class="image-description"><summary>Attēla apraksts</summary><p>Pirmā rinda</p><p>Otrā rindkopa.</p></details>' +
        '</figure><p>Turpinājums.</p>',
    );
  });

  it('leaves an image with empty alt text when the source or alt text is missing', async () => {
    expect(await render(':::image type="content" source="media/a.png":::\n')).toContain(
      '<img src="/palidziba/media/a.png" alt="" class="image-border"',
    );
    expect(await render(':::image type="content" alt-text="Bez avota":::\n')).toContain('alt="Bez avota"');
  });

  it('leaves malformed tags as the text they were', async () => {
    const unclosedTag = ':::image type="content" source="media/a.png" alt-text="A"\n';
    expect(await render(unclosedTag)).toBe('<p>:::image type="content" source="media/a.png" alt-text="A"</p>');
    // A complex image never ended: a plain image, and the rest of the text as it was.
    const html = await render(':::image type="complex" source="media/a.png" alt-text="A":::\nApraksts bez beigām.\n');
    expect(html).toBe(
      '<p><img src="/palidziba/media/a.png" alt="A" class="image-border" loading="eager" decoding="async">\nApraksts bez beigām.</p>',
    );
    expect(await render(':::image-end:::\n')).toBe('<p>:::image-end:::</p>');
  });

  it('reads attributes in either quotes and ignores unknown ones', () => {
    expect(imageTags(`:::image source='a.png' alt-text="it's" foo=bar:::`)).toEqual([
      {
        start: 0,
        end: 50,
        attributes: new Map([
          ['source', 'a.png'],
          ['alt-text', "it's"],
        ]),
      },
    ]);
  });
});
