import { describe, expect, it } from 'vitest';
import { frontmatterSchemaFor } from '../schemas/frontmatter.ts';
import { renderFrontmatter, summaryFields } from './document.ts';

describe('summaryFields', () => {
  it('keeps what the page takes from the body and drops the frontmatter Astro copies in', () => {
    const rendered = {
      title: 'Licences',
      'ms.date': '12/18/2020',
      headingText: 'Licenču pārsūtīšana',
      headingId: 'licencu-parsutisana',
      firstParagraph: 'Pirmā rindkopa.',
    };
    expect(summaryFields(rendered)).toEqual({
      headingText: 'Licenču pārsūtīšana',
      headingId: 'licencu-parsutisana',
      firstParagraph: 'Pirmā rindkopa.',
    });
  });

  it('leaves out a summary the body did not give', () => {
    expect(summaryFields({ title: 'Licences', headingText: 'Virsraksts' })).toEqual({ headingText: 'Virsraksts' });
  });
});

describe('renderFrontmatter', () => {
  const schema = frontmatterSchemaFor(false);

  it("gives a renderer the article's language and zone pivot group alone, not keys the page takes from the body", () => {
    const data = schema.parse({
      title: 'Licences',
      'ms.contentlocale': 'lv-LV',
      zone_pivot_groups: 'platform',
      firstParagraph: 'No YAML.',
    });
    expect(renderFrontmatter(data)).toEqual({ 'ms.contentlocale': 'lv-LV', zone_pivot_groups: 'platform' });
  });

  it('gives nothing for an article that names neither', () => {
    expect(renderFrontmatter(schema.parse({ title: 'Licences' }))).toEqual({});
  });
});
