import { describe, expect, it } from 'vitest';
import { linesOutsideCode } from './lines.ts';
import { tabCheck, tabId } from './tabs.ts';
import { renderWithoutHeadingLinks as render } from '../../tests/support/render-markdown.ts';

describe('DocFX tabs', () => {
  it('renders the reference example as sections under headings, with the closing rule removed', async () => {
    const html = await render(
      [
        'Ievads.',
        '',
        '# [Linux](#tab/linux)',
        '',
        'Saturs Linux cilnei.',
        '',
        '# [Windows](#tab/windows)',
        '',
        'Saturs Windows cilnei.',
        '',
        '---',
        '',
        'Pēc cilnēm.',
      ].join('\n'),
    );
    expect(html).toBe(
      '<p>Ievads.</p><div class="tabs">' +
        '<section class="tab" aria-labelledby="tab-linux"><h2 id="tab-linux">Linux</h2><p>Saturs Linux cilnei.</p></section>' +
        '<section class="tab" aria-labelledby="tab-windows"><h2 id="tab-windows">Windows</h2><p>Saturs Windows cilnei.</p></section>' +
        '</div><p>Pēc cilnēm.</p>',
    );
    expect(html).not.toContain('tablist');
    expect(html).not.toContain('<hr>');
  });

  it('renders dependent tabs like the others, keeping the label’s formatting', async () => {
    const html = await render(
      '## [**.NET** (Linux)](#tab/dotnet/linux)\n\nA\n\n## [Python](#tab/python/linux)\n\nB\n\n---\n',
    );
    expect(html).toBe(
      '<div class="tabs">' +
        '<section class="tab" aria-labelledby="tab-dotnet-linux"><h2 id="tab-dotnet-linux"><strong>.NET</strong> (Linux)</h2><p>A</p></section>' +
        '<section class="tab" aria-labelledby="tab-python-linux"><h2 id="tab-python-linux">Python</h2><p>B</p></section>' +
        '</div>',
    );
  });

  it('keeps alerts, lists and deeper headings inside a tab', async () => {
    const html = await render(
      '## [Portāls](#tab/portal)\n\n> [!NOTE]\n> Piezīme cilnē.\n\n### Soļi\n\n1. Viens\n\n## [CLI](#tab/cli)\n\n```sh\naz login\n```\n\n---\n',
    );
    expect(html).toBe(
      '<div class="tabs"><section class="tab" aria-labelledby="tab-portal"><h2 id="tab-portal">Portāls</h2>' +
        '<div class="callout callout-note" role="note"><p class="callout-label"><strong>Piezīme</strong></p><p>Piezīme cilnē.</p></div>' +
        '<h3 id="soļi">Soļi</h3><ol><li>Viens</li></ol></section>' +
        '<section class="tab" aria-labelledby="tab-cli"><h2 id="tab-cli">CLI</h2><pre><code class="language-sh">az login\n</code></pre></section></div>',
    );
  });

  it('closes a group without "---" where the document ends, losing no text', async () => {
    // After the title: a leading level-1 heading is the article's title, which the page renders.
    const html = await render('# Virsraksts\n\n# [A](#tab/a)\n\nPirmais.\n\n# [B](#tab/b)\n\nOtrais.\n');
    expect(html).toBe(
      '<div class="tabs"><section class="tab" aria-labelledby="tab-a"><h2 id="tab-a">A</h2><p>Pirmais.</p></section>' +
        '<section class="tab" aria-labelledby="tab-b"><h2 id="tab-b">B</h2><p>Otrais.</p></section></div>',
    );
  });

  it('ends a group at a heading as high as its tabs, and keeps other rules', async () => {
    const html = await render('## [A](#tab/a)\n\nA.\n\n## Nākamie soļi\n\n---\n\nBeigas.\n');
    expect(html).toBe(
      '<div class="tabs"><section class="tab" aria-labelledby="tab-a"><h2 id="tab-a">A</h2><p>A.</p></section></div>' +
        '<h2 id="nākamie-soļi">Nākamie soļi</h2><hr><p>Beigas.</p>',
    );
  });

  it('keeps a legacy anchor as the heading id, and makes repeated tab ids unique', async () => {
    const html = await render(
      '# Virsraksts\n\n# <a name="http"></a>[HTTP](#tab/http)\n\nA\n\n---\n\n# [HTTP](#tab/http)\n\nB\n\n# [](#tab/go)\n\nC\n\n---\n\n# [HTTP](#tab/http)\n\nD\n',
    );
    expect(html).toContain('<section class="tab" aria-labelledby="http"><h2 id="http">HTTP</h2><p>A</p></section>');
    expect(html).toContain(
      '<section class="tab" aria-labelledby="tab-http"><h2 id="tab-http">HTTP</h2><p>B</p></section>',
    );
    expect(html).toContain('<section class="tab" aria-labelledby="tab-go"><h2 id="tab-go">go</h2><p>C</p></section>');
    expect(html).toContain('<h2 id="tab-http-2">HTTP</h2>');
  });

  it('leaves headings that only mention a tab link alone', async () => {
    const html = await render('## [A](#tab/a) un vairāk\n\n## [B](#cits)\n');
    expect(html).toBe(
      '<h2 id="a-un-vairāk"><a href="#tab/a">A</a> un vairāk</h2><h2 id="b"><a href="#cits">B</a></h2>',
    );
  });

  it('reads tab ids from link addresses', () => {
    expect(tabId('#tab/linux')).toBe('linux');
    expect(tabId('#tab/dotnet/linux')).toBe('dotnet-linux');
    expect(tabId('#tab/')).toBeUndefined();
    expect(tabId('other.md#tab/x')).toBeUndefined();
  });
});

describe('the check of DocFX tabs', () => {
  const problems = (markdown: string) => tabCheck.problems(linesOutsideCode(markdown));

  it('names a tab heading whose address is no tab, at its line, as the page shows it', async () => {
    const markdown = [
      '# [Linux](#tab/linux)',
      '',
      'A.',
      '',
      '## [Windows](#tab/a/b/c)',
      '',
      'B.',
      '',
      '# [Mac](#tab/)',
    ];
    expect(problems(markdown.join('\n'))).toEqual([
      {
        code: 'tab-malformed',
        line: 5,
        message: 'tab address "#tab/a/b/c": expected "#tab/id" or "#tab/id/dependent"; shown as a heading with a link',
      },
      expect.objectContaining({ code: 'tab-malformed', line: 9 }),
    ]);
    // Shown as said: a heading holding its link, not a tab.
    expect(await render('## [Windows](#tab/a/b/c)\n')).toContain('<a href="#tab/a/b/c">Windows</a></h2>');
  });

  it('passes tabs written as the reference writes them, and tab syntax inside code', () => {
    expect(problems('# [Linux](#tab/linux)\n\nA.\n\n# [Python](#tab/linux/python)\n\n---\n')).toEqual([]);
    expect(problems('```md\n# [Bad](#tab/a/b/c)\n```\n')).toEqual([]);
  });
});

describe('tab groups where they are easy to miss', () => {
  it('keeps a group at the very start of an article whole, not taking its first tab for the title', async () => {
    const html = await render('# [Linux](#tab/linux)\n\nL teksts.\n\n# [Windows](#tab/windows)\n\nW teksts.\n\n---\n');
    expect(html).toMatch(
      /^<div class="tabs"><section class="tab" aria-labelledby="tab-linux"><h2 id="tab-linux">Linux<\/h2><p>L teksts.<\/p><\/section>/,
    );
  });

  it('reads a tab heading that holds an anchor as a tab, the anchor its id', async () => {
    const html = await render(
      'Ievads.\n\n# [Linux](#tab/linux)\n\nL.\n\n# <a id="win"></a>[Windows](#tab/windows)\n\nW.\n\n---\n',
    );
    expect(html).toContain(
      '<section class="tab" aria-labelledby="win"><h2 id="win">Windows</h2><p>W.</p></section></div>',
    );
    expect(html).not.toContain('#tab/');
  });
});
