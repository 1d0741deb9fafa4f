import { describe, expect, it } from 'vitest';
import { renderCompact } from '../../tests/support/render-markdown.ts';

describe('links to sections', () => {
  it('follows each h2 and h3 with a link to it, named by the page words and the heading', async () => {
    expect(await renderCompact('## Darba sākšana\n\n### Prasības')).toBe(
      '<div class="heading"><h2 id="darba-sākšana">Darba sākšana</h2>' +
        '<a class="heading-link" href="#darba-sākšana" aria-labelledby="saite:sadala darba-sākšana">#</a></div>' +
        '<div class="heading"><h3 id="prasības">Prasības</h3>' +
        '<a class="heading-link" href="#prasības" aria-labelledby="saite:sadala prasības">#</a></div>',
    );
  });

  it('gives every heading the id Astro would, repeats numbered, legacy anchors kept', async () => {
    const html = await renderCompact('## Soļi\n\n#### Soļi\n\n## <a name="vecais"></a>Soļi\n\n##### Cits *teksts*');
    expect([...html.matchAll(/<h(\d) id="([^"]+)"/g)].map(([, level, id]) => `h${level}#${id}`)).toEqual([
      'h2#soļi',
      'h4#soļi-1',
      'h2#vecais',
      'h5#cits-teksts',
    ]);
  });

  it('links only the levels an article’s contents list', async () => {
    expect(await renderCompact('#### Sīkāk')).toBe('<h4 id="sīkāk">Sīkāk</h4>');
  });
});

describe('headings without words', () => {
  it('get the id Markdig gives them ("section", then numbered), never an empty one', async () => {
    const html = await renderCompact('## \n\nTeksts.\n\n##\n\n## ***\n');
    expect(html).not.toMatch(/id=""|href="#"/);
    expect([...html.matchAll(/<h2 id="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'section',
      'section-1',
      'section-2',
    ]);
  });
});
