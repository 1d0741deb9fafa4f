import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createLinkTargets } from '../articles/link-targets.ts';
import { astroData } from '../../tests/support/render-markdown.ts';
import type { RootContent } from 'mdast';
import { codeReference, dedentBy, linesOf, resolveCode, snippetOf } from './code.ts';
import { docfxMarkdown } from './index.ts';

const PROGRAM =
  'using System;\n\nclass Program\n{\n    // <snippet_Main>\n    static void Main() { }\n    // </snippet_Main>\n}\n';

/** A Jupyter notebook as Jupyter writes it: cells with their source as lines, named in their metadata. */
const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Apmācība'] },
    { cell_type: 'code', metadata: { name: 'import' }, source: ['import os\n', 'import sys\n'], outputs: [] },
    { cell_type: 'code', metadata: { tags: ['train'] }, source: 'model.fit()', outputs: [] },
  ],
  nbformat: 4,
});

function repository(): { root: string; article: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'code-'));
  mkdirSync(path.join(root, 'docs/snippets'), { recursive: true });
  writeFileSync(path.join(root, 'docs/snippets/Program.cs'), PROGRAM);
  writeFileSync(path.join(root, 'docs/snippets/train.ipynb'), NOTEBOOK);
  return { root, article: path.join(root, 'docs/guide.md') };
}

async function renderIn(markdown: string): Promise<string> {
  const { root, article } = repository();
  const targets = createLinkTargets(['guide.md'], [], '/', {
    origin: 'https://learn.microsoft.com',
    localePath: '/lv-lv',
  });
  const { html } = await markdownToHtml(markdown, {
    ...docfxMarkdown({ targets, folder: path.join(root, 'docs'), root, lang: 'lv' }),
    features: { gfm: true, smartPunctuation: false, rawHtml: true },
    fileURL: pathToFileURL(article),
    data: { astro: astroData() },
  });
  return html;
}

describe('code from files', () => {
  it('shows a :::code file, a range of it, or a named snippet, as a code block', async () => {
    expect(await renderIn(':::code language="csharp" source="snippets/Program.cs" range="3-4":::\n')).toBe(
      '<pre><code class="language-csharp">class Program\n{\n</code></pre>\n',
    );
    expect(await renderIn(':::code language="csharp" source="snippets/Program.cs" id="snippet_Main":::\n')).toContain(
      'static void Main() { }',
    );
  });

  it('reads the [!code-…] forms: #L lines, ?range= and ?name=', async () => {
    expect(await renderIn('[!code-csharp[](snippets/Program.cs#L1-L1)]\n')).toBe(
      '<pre><code class="language-csharp">using System;\n</code></pre>\n',
    );
    expect(await renderIn('[!code-csharp[](snippets/Program.cs?range=3)]\n')).toContain('>class Program\n<');
    expect(await renderIn('[!code-csharp[](snippets/Program.cs?name=snippet_Main)]\n')).toContain('static void Main');
  });

  it('shows a notebook’s named code cells, or all of them, also written with a space before the address', async () => {
    const imports = '<pre><code class="language-python">import os\nimport sys\n</code></pre>\n';
    expect(await renderIn('[!notebook-python[] (snippets/train.ipynb?name=import)]\n')).toBe(imports);
    expect(await renderIn('[!notebook-python[](snippets/train.ipynb?name=import)]\n')).toBe(imports);
    expect(await renderIn('[!Notebook-python[] (snippets/train.ipynb?name=train)]\n')).toContain('>model.fit()\n<');
    expect(await renderIn('[!notebook-python[] (snippets/train.ipynb)]\n')).toContain('import sys\n\nmodel.fit()');
  });

  it('names a notebook cell that is not there, and a notebook that is not JSON', () => {
    const { root, article } = repository();
    const bounds = { root, docSet: path.join(root, 'docs') };
    const reference = (text: string) => codeReference([{ type: 'text', value: text }])!;
    const missing = resolveCode(article, reference('[!notebook-python[] (snippets/train.ipynb?name=nav)]'), bounds);
    expect(missing).toMatchObject({ finding: 'code-missing' });
    expect('problem' in missing && missing.problem).toContain('named "nav"');
    const notJson = resolveCode(article, reference('[!notebook-python[] (snippets/Program.cs)]'), bounds);
    expect(notJson).toMatchObject({ finding: 'code-missing' });
  });

  it('reads references on consecutive lines, and one right after a line of text, each as its own block', async () => {
    const one = '<pre><code class="language-csharp">using System;\n</code></pre>\n';
    expect(
      await renderIn(
        ['[!code-csharp[](snippets/Program.cs#L1-L1)]', '[!code-csharp[](snippets/Program.cs#L1-L1)]'].join('\n'),
      ),
    ).toBe(one + one);
    expect(
      await renderIn('Kods:\n:::code language="csharp" source="snippets/Program.cs" range="1":::\nUn vēl.\n'),
    ).toBe(`<p>Kods:</p>\n${one}<p>Un vēl.</p>\n`);
  });

  it('shows nothing for a file it cannot read, and says why', async () => {
    expect(await renderIn('A\n\n[!code-csharp[](snippets/none.cs)]\n')).toBe('<p>A</p>\n');
    const { root, article } = repository();
    expect(resolveCode(article, { source: 'snippets/none.cs', language: 'cs' }, { root })).toEqual({
      finding: 'code-missing',
      problem: 'missing code file: expected a file "docs/snippets/none.cs"',
    });
    expect(resolveCode(article, { source: '../../../etc/passwd', language: '' }, { root })).toMatchObject({
      finding: 'include-outside',
      problem: expect.stringMatching(/leaves the repository/),
    });
    expect(resolveCode(article, { source: 'snippets/Program.cs', language: '', name: 'nope' }, { root })).toEqual({
      finding: 'code-missing',
      problem: 'code file "Program.cs" has no snippet named "nope"',
    });
  });

  it('picks lines and snippets exactly', () => {
    expect(linesOf('a\nb\nc\nd\n', '2-3,1')).toBe('b\nc\na');
    expect(linesOf('a\nb\n', '2-')).toBe('b');
    expect(linesOf('a\nb\n', '5')).toBeUndefined();
    expect(snippetOf('x\n#region One\ny\n#endregion\n', 'One')).toBe('y');
  });
});

describe("DocFX's snippet rules", () => {
  const CS = [
    'class App',
    '{',
    '    // <Snippet1>',
    '    #region Outer',
    '    void A()',
    '    {',
    '        #region Inner',
    '        Run();',
    '        #endregion',
    '    }',
    '    #endregion',
    '    //</ Snippet1  >',
    '}',
  ].join('\n');

  it('reads a region to its own end, past the regions nested in it, without their markers, dedented', () => {
    expect(snippetOf(CS, 'Outer')).toBe('void A()\n{\n    Run();\n}');
    expect(snippetOf(CS, 'inner')).toBe('Run();');
  });

  it('reads tags with spaces inside them, and leaves out the marker lines of other snippets', () => {
    expect(snippetOf(CS, 'snippet1')).toBe('void A()\n{\n    Run();\n}');
  });

  it('reads the region markers of other languages', () => {
    const vb = '#Region "Setup"\n  Dim a = 1\n#End Region\n';
    expect(snippetOf(vb, 'Setup')).toBe('Dim a = 1');
    const cpp = '#pragma region Main\n  int a = 1;\n#pragma endregion\n';
    expect(snippetOf(cpp, 'main')).toBe('int a = 1;');
  });

  it('reads start, end, dedent, highlight and title options, as the reference writes them', async () => {
    expect(codeReference(parsedLink('[!code-csharp[](app.cs?start=2&end=4&dedent=2&highlight=1,3)]'))).toEqual({
      source: 'app.cs',
      language: 'csharp',
      range: '2-4',
      dedent: 2,
      highlight: '1,3',
    });
    expect(
      await renderIn(
        ':::code language="csharp" source="snippets/Program.cs" range="3-5" highlight="2" title="Programma":::\n',
      ),
    ).toBe(
      '<figure class="code"><figcaption>Programma</figcaption><pre><code class="language-csharp">class Program\n<mark class="code-line">{</mark>\n    // &lt;snippet_Main&gt;</code></pre></figure>\n',
    );
  });

  it('removes as much indentation as dedent says, never text', () => {
    expect(dedentBy('    a\n  b\n', 4)).toBe('a\nb\n');
  });
});

/** A paragraph's children as both parsers give a [!code-…] reference: text, link, text. */
function parsedLink(written: string): RootContent[] {
  const match = /^(\[!code-\w+)\[\]\(([^)]*)\)\]$/.exec(written)!;
  return [
    { type: 'text', value: match[1]! },
    { type: 'link', url: match[2]!, children: [] },
    { type: 'text', value: ']' },
  ];
}
