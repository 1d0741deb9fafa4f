import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createLinkTargets } from '../articles/link-targets.ts';
import { astroData } from '../../tests/support/render-markdown.ts';
import { docfxMarkdown } from './index.ts';
import { includePathsIn, rebaseUrl, resolveInclude } from './includes.ts';

/** A repository with a doc set folder "docs", its includes, and a file outside the doc set. */
function repository(): { root: string; folder: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'includes-'));
  const folder = path.join(root, 'docs');
  const files: Record<string, string> = {
    'docs/guides/start.md': '',
    'docs/sales/quotes.md': '# Piedāvājumi\n',
    'docs/includes/banner.md':
      '---\ntitle: ignored\n---\nReklāma ar [saiti](../sales/quotes.md) un ![attēls](media/i.png).\n\n[!INCLUDE [x](note.md)]\n',
    'docs/includes/note.md': '> [!TIP]\n> Ligzdots padoms.\n',
    'docs/includes/name.md': 'Contoso **Sales**\n',
    'docs/includes/blocks.md': [
      '> [!div class="nextstepaction"]\n> [Tālāk](../sales/quotes.md)\n',
      ':::image type="content" source="media/i.png" alt-text="Shēma":::\n',
      '# [Windows](#tab/windows)\n\nW teksts.\n\n# [macOS](#tab/macos)\n\nM teksts.\n\n---\n',
      ':::row:::\n:::column:::\nKolonna.\n:::column-end:::\n:::row-end:::\n',
      ':::zone target="docs"\nZonas teksts.\n:::zone-end\n',
      'Skatiet <xref:Contoso.Sales>.\n',
    ].join('\n'),
    'docs/includes/files.md':
      ':::image type="content" source="media/i.png" alt-text="Shēma":::\n\n:::code language="csharp" source="snippets/app.cs":::\n',
    'docs/includes/snippets/app.cs': 'Console.WriteLine("Sveiki");\n',
    'docs/includes/deep/a.md': '[!INCLUDE [b](../nested/b.md)]\n',
    'docs/includes/nested/b.md': 'Skatiet [piedāvājumus](../../sales/quotes.md) un ![shēma](../media/i.png).\n',
    'docs/includes/heading-first.md': '## Contoso virsraksts\n\nTeksts.\n',
    'docs/includes/list-first.md': '- Contoso saraksts\n',
    'docs/includes/table.md': 'A | B\n- | -\n1 | 2\n',
    'docs/includes/math.md': 'Atstarpe $a\\,b$ un \\* zvaigzne.\n\n$$\nx^2\n$$\n\n```\n$y$\n```\n',
    'docs/includes/loop-a.md': '[!INCLUDE [b](loop-b.md)]\n',
    'docs/includes/loop-b.md': 'B teksts.\n\n[!INCLUDE [a](loop-a.md)]\n',
    'shared/outside-docset.md': 'Repozitorija kopīgs teksts.\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  symlinkSync('/etc/hostname', path.join(folder, 'includes/link.md'));
  return { root, folder };
}

/** The same repository's source-language twin, holding an include (with a link and an image) the localized one lacks. */
function sourceLanguageRepository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'includes-en-'));
  const files: Record<string, string> = {
    'docs/includes/english-only.md': 'English [quotes](../sales/quotes.md) and ![diagram](media/i.png).\n',
    'docs/includes/snippets/only-here.cs': 'return 42;\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

async function renderIn(markdown: string, fallbackRoot?: string): Promise<string> {
  const { root, folder } = repository();
  const targets = createLinkTargets(['guides/start.md', 'sales/quotes.md'], ['includes/media/i.png'], '/', {
    origin: 'https://learn.microsoft.com',
    localePath: '/lv-lv',
  });
  const { html } = await markdownToHtml(markdown, {
    ...docfxMarkdown({ targets, folder, root, fallbackRoot, lang: 'lv' }),
    features: { gfm: true, smartPunctuation: false, rawHtml: true },
    fileURL: pathToFileURL(path.join(folder, 'guides/start.md')),
    data: { astro: astroData() },
  });
  return html;
}

describe('DocFX includes', () => {
  it('puts a block include in place of its paragraph, without its frontmatter, nested includes too', async () => {
    const html = await renderIn('Pirms.\n\n[!INCLUDE [reklāma](../includes/banner.md)]\n\nPēc.\n');
    expect(html).toContain('<p>Pirms.</p>\n<p>Reklāma ar <a href="/sales/quotes/">saiti</a>');
    expect(html).toContain('<div class="callout callout-tip" role="note">');
    expect(html).toContain('Ligzdots padoms.');
    expect(html).not.toContain('ignored');
    expect(html).not.toContain('[!INCLUDE');
  });

  it('renders the DocFX blocks an include uses, though the article itself uses none of them', async () => {
    const html = await renderIn('[!INCLUDE [bloki](../includes/blocks.md)]\n');
    expect(html).toContain('<div class="nextstepaction">');
    expect(html).toContain('<div class="tabs">');
    expect(html).toContain('<div class="row"><div class="column">');
    expect(html).toContain('Zonas teksts.');
    for (const syntax of ['[!div', ':::', '#tab/', '<xref:']) expect(html).not.toContain(syntax);
  });

  it('resolves the links and images of an include within an include from the file that holds them', async () => {
    const html = await renderIn('[!INCLUDE [a](../includes/deep/a.md)]\n');
    expect(html).toContain('<a href="/sales/quotes/">piedāvājumus</a>');
    expect(html).toContain('<img src="/includes/media/i.png" alt="shēma"');
  });

  it('typesets the math of an included file from its own source, code left as written', async () => {
    const html = await renderIn('[!INCLUDE [m](../includes/math.md)]\n\n<p>Vārdi.</p>\n');
    expect(html).toBe(
      '<p>Atstarpe <math><mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi></mrow></math> un * zvaigzne.</p>\n<div class="math"><math display="block"><msup><mi>x</mi><mn>2</mn></msup></math></div>\n<pre><code>$y$\n</code></pre>\n<p>Vārdi.</p>\n',
    );
  });

  it('reads a table whose delimiter row starts with a dash in an included file as a table', async () => {
    expect(await renderIn('[!INCLUDE [t](../includes/table.md)]\n')).toContain(
      '<table tabindex="0">\n<thead>\n<tr>\n<th scope="col">A</th>',
    );
  });

  it('reads include lines in a row, each as the block it brings, also written [!include-[…](…)]', async () => {
    const html = await renderIn('[!INCLUDE [a](../includes/name.md)]\n[!include-[b](../includes/note.md)]\n');
    expect(html).toBe(
      '<p>Contoso <strong>Sales</strong></p>\n<div class="callout callout-tip" role="note">\n<p class="callout-label"><strong>Padoms</strong></p>\n<p>Ligzdots padoms.</p>\n</div>\n',
    );
  });

  it('takes the words of the first block of an inline include, whatever block it is', async () => {
    expect(await renderIn('Pirms [!INCLUDE [h](../includes/heading-first.md)] pēc.\n')).toContain(
      '<p>Pirms Contoso virsraksts pēc.</p>',
    );
    expect(await renderIn('Pirms [!INCLUDE [l](../includes/list-first.md)] pēc.\n')).toContain(
      '<p>Pirms Contoso saraksts pēc.</p>',
    );
  });

  it("resolves an include's links and images from the include's own folder", async () => {
    const html = await renderIn('[!INCLUDE [reklāma](../includes/banner.md)]\n');
    expect(html).toContain('<img src="/includes/media/i.png" alt="attēls"');
  });

  it("reads the files an include's image and code tags name from the include's own folder", async () => {
    const html = await renderIn('[!INCLUDE [faili](../includes/files.md)]\n');
    expect(html).toContain('<img src="/includes/media/i.png" alt="Shēma"');
    expect(html).toContain('<pre><code class="language-csharp">Console.WriteLine("Sveiki");');
  });

  it('puts an inline include in its sentence, keeping the words around it', async () => {
    const html = await renderIn('Produkts: [!include[nosaukums](../includes/name.md)], versija 2.\n');
    expect(html).toContain('<p>Produkts: Contoso <strong>Sales</strong>, versija 2.</p>');
  });

  it('reads includes from anywhere in the repository, never outside it, never through a link, never in a loop', async () => {
    expect(await renderIn('[!INCLUDE [kopīgs](../../shared/outside-docset.md)]\n')).toContain(
      'Repozitorija kopīgs teksts.',
    );
    expect(await renderIn('A\n\n[!INCLUDE [p](../../../../../etc/passwd)]\n')).toBe('<p>A</p>\n');
    expect(await renderIn('A\n\n[!INCLUDE [l](../includes/link.md)]\n')).toBe('<p>A</p>\n');
    expect(await renderIn('[!INCLUDE [a](../includes/loop-a.md)]\n')).toBe('<p>B teksts.</p>\n');
  });

  it('says why an include cannot be used', () => {
    const { root, folder } = repository();
    const from = path.join(folder, 'guides/start.md');
    expect(resolveInclude(from, '../includes/none.md', { root })).toEqual({
      code: 'include-missing',
      problem: 'missing include: expected a file "docs/includes/none.md"',
    });
    expect(resolveInclude(from, '../../../x.md', { root })).toEqual({
      code: 'include-outside',
      problem: 'include "../../../x.md" leaves the repository: expected a file inside it',
    });
    expect(resolveInclude(from, '../includes/link.md', { root })).toMatchObject({
      code: 'include-symlink',
      problem: expect.stringMatching(/symbolic link/),
    });
  });

  it('reads "~/" as the doc set folder, as DocFX does', async () => {
    const html = await renderIn('[!INCLUDE [nosaukums](~/includes/name.md)]\n');
    expect(html).toBe('<p>Contoso <strong>Sales</strong></p>\n');
    const { root, folder } = repository();
    expect(
      resolveInclude(path.join(folder, 'guides/start.md'), '~/includes/name.md', { root, docSet: folder }),
    ).toEqual({
      file: path.join(folder, 'includes/name.md'),
      readFrom: path.join(folder, 'includes/name.md'),
      fallback: false,
    });
  });

  it('takes an include or code file the repository lacks from the source-language repository, as if it stood here', async () => {
    const english = sourceLanguageRepository();
    const html = await renderIn(
      '[!INCLUDE [en](../includes/english-only.md)]\n\n[!code-csharp[](../includes/snippets/only-here.cs)]\n',
      english,
    );
    // Its link and image resolve from where it would stand in this repository.
    expect(html).toContain('<p>English <a href="/sales/quotes/">quotes</a> and <img src="/includes/media/i.png"');
    expect(html).toContain('<code class="language-csharp">return 42;');
    const { root, folder } = repository();
    const from = path.join(folder, 'guides/start.md');
    expect(resolveInclude(from, '../includes/english-only.md', { root, fallbackRoot: english })).toEqual({
      file: path.join(folder, 'includes/english-only.md'),
      readFrom: path.join(english, 'docs/includes/english-only.md'),
      fallback: true,
    });
    // Without it, the include is missing and left out.
    expect(await renderIn('A\n\n[!INCLUDE [en](../includes/english-only.md)]\n')).toBe('<p>A</p>\n');
  });

  it('says a folder named as an include is no file, rather than failing to read it', () => {
    const { root, folder } = repository();
    expect(resolveInclude(path.join(folder, 'guides/start.md'), '../includes', { root })).toEqual({
      code: 'include-missing',
      problem: 'include "../includes" is a folder: expected a file',
    });
  });

  it('finds include paths in raw text, for the loader to know what a page depends on', () => {
    expect(includePathsIn('a [!INCLUDE [x](a.md)] b\n[!include[y]( ../b.md )]\n')).toEqual(['a.md', '../b.md']);
    expect(rebaseUrl('../sales/q.md', '/r/docs/includes/b.md', '/r/docs/guides/start.md')).toBe('../sales/q.md');
    expect(rebaseUrl('media/i.png', '/r/docs/includes/b.md', '/r/docs/guides/start.md')).toBe(
      '../includes/media/i.png',
    );
    expect(rebaseUrl('https://a.lv/', '/r/a.md', '/r/b/c.md')).toBe('https://a.lv/');
  });
});
