import { describe, expect, it } from 'vitest';
import { byLatvianTitle } from './article-order.ts';

describe('byLatvianTitle', () => {
  it('sorts by the Latvian alphabet: č after c, š after s, ž after z', () => {
    const titles = ['Šifrēšana', 'Zvani', 'Cenas', 'Žurnāls', 'Čats', 'Sapulces', 'Ārējā koplietošana', 'Atļaujas'];
    const sorted = byLatvianTitle(titles.map((title) => ({ data: { title } }))).map((article) => article.data.title);
    expect(sorted).toEqual([
      'Atļaujas',
      'Ārējā koplietošana',
      'Cenas',
      'Čats',
      'Sapulces',
      'Šifrēšana',
      'Zvani',
      'Žurnāls',
    ]);
  });
});
