import { describe, expect, it } from 'vitest';
import { summaryFields } from './document.ts';

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
