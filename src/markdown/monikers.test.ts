import { describe, expect, it } from 'vitest';
import { linesOutsideCode } from './lines.ts';
import { monikerCheck } from './monikers.ts';
import { renderCompact as render } from '../../tests/support/render-markdown.ts';

describe('DocFX moniker ranges', () => {
  it('shows every range, each as a labelled section naming its versions', async () => {
    const html = await render(
      [
        'Visiem.',
        '',
        '::: moniker range=">= sql-server-ver16"',
        'Jaunākām versijām.',
        '::: moniker-end',
        '',
        '::: moniker range="sql-server-2017"',
        '- Vecākai versijai.',
        '::: moniker-end',
        '',
        'Atkal visiem.',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<p>Visiem.</p>',
        '<section class="zone moniker" data-moniker=">= sql-server-ver16"><p class="zone-label">Versijas: <strong>&gt;= sql-server-ver16</strong></p><p>Jaunākām versijām.</p></section>',
        '<section class="zone moniker" data-moniker="sql-server-2017"><p class="zone-label">Versijas: <strong>sql-server-2017</strong></p><ul><li>Vecākai versijai.</li></ul></section>',
        '<p>Atkal visiem.</p>',
      ].join(''),
    );
  });

  it('names a range never ended and an end with no range, and shows their text', async () => {
    const problems = monikerCheck.problems(linesOutsideCode('::: moniker-end\n\n::: moniker range="a"\nTeksts.\n'));
    expect(problems.map(({ code, line }) => [code, line])).toEqual([
      ['block-stray', 1],
      ['block-unclosed', 3],
    ]);
    expect(await render('::: moniker-end\n')).toBe('<p>::: moniker-end</p>');
  });
});
