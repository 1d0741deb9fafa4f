import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hrefKind, MAX_TOC_DEPTH, parseToc, walkToc, type TocNode } from './toc.ts';

const corpus = new URL('../../../shared/corpus/lv-LV/ProjectOperations/articles/', import.meta.url);

/** name, kind and children, to compare trees at a glance. */
type Shape = [string, string, ...Shape[]];
const shape = (nodes: TocNode[]): Shape[] => nodes.map((n) => [n.name, n.kind, ...shape(n.items)] as Shape);
const stats = (items: TocNode[]) => {
  let nodes = 0;
  let depth = 0;
  walkToc(items, (_, d) => {
    nodes += 1;
    depth = Math.max(depth, d);
  });
  return { nodes, depth };
};
const problems = (result: ReturnType<typeof parseToc>) =>
  result.diagnostics.map((d) => [d.line, d.code, d.message] as const);

describe('parseToc on the real ProjectOperations TOCs', () => {
  it.skipIf(!existsSync(new URL('TOC.yml', corpus)))('reads TOC.yml: 222 nodes, 5 deep, one misspelt key', () => {
    const result = parseToc('articles/TOC.yml', readFileSync(new URL('TOC.yml', corpus), 'utf8'));
    expect(result.items.map((n) => [n.name, n.kind, n.line])).toEqual([
      ['Dynamics 365 Project Operations', 'link', 1],
      ['Sākt darbu', 'group', 3],
      ['Project Operations scenārijiem, kas nav balstīti uz resursiem/krājumiem', 'group', 7],
      [expect.any(String), 'group', expect.any(Number)],
    ]);
    expect(stats(result.items)).toEqual({ nodes: 222, depth: 5 });
    const kinds: Record<string, number> = {};
    walkToc(result.items, (node) => void (kinds[node.kind] = (kinds[node.kind] ?? 0) + 1));
    expect(kinds).toEqual({ link: 151, group: 71 });
    // Line 62 says "item:" for "items:"; DocFX drops the two articles under it, and so do we, with a warning.
    expect(result.diagnostics).toEqual([
      {
        code: 'toc-entry',
        file: 'articles/TOC.yml',
        line: 62,
        key: 'item',
        message: 'expected "items", got "item", which DocFX ignores, so its 2 entries are left out',
      },
    ]);
    const first = result.items[1]?.items[0];
    expect(first).toEqual({
      name: 'Nosakiet savu izvietošanas veidu',
      href: 'environment/determine-deployment-type.md',
      kind: 'link',
      external: false,
      items: [],
      line: 5,
    });
  });

  it.skipIf(!existsSync(new URL('breadcrumb/toc.yml', corpus)))('reads breadcrumb/toc.yml', () => {
    const result = parseToc('articles/breadcrumb/toc.yml', readFileSync(new URL('breadcrumb/toc.yml', corpus), 'utf8'));
    expect(result).toEqual({
      items: [{ name: 'Docs', tocHref: '/', topicHref: '/', kind: 'link', external: false, items: [], line: 1 }],
      diagnostics: [],
    });
  });
});

describe('parseToc on YAML written from the DocFX documentation', () => {
  it('reads the newer { items: [...] } form and nested TOC references', () => {
    const result = parseToc(
      'toc.yml',
      `items:
- name: Overview
  href: overview.md
- name: Reference
  href: api/toc.yml
- name: Tutorials
  href: tutorials/
  topicHref: tutorials/index.md
- name: Samples
  href: samples/TOC.md
- name: Site section
  href: /azure/
- name: Elsewhere
  tocHref: ../other/toc.yml
  topicHref: ../other/index.md
`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.items.map((n) => [n.name, n.kind, n.href, n.topicHref, n.tocHref, n.line])).toEqual([
      ['Overview', 'link', 'overview.md', undefined, undefined, 2],
      ['Reference', 'toc', 'api/toc.yml', undefined, undefined, 4],
      ['Tutorials', 'toc', 'tutorials/', 'tutorials/index.md', undefined, 6],
      ['Samples', 'toc', 'samples/TOC.md', undefined, undefined, 9],
      ['Site section', 'link', '/azure/', undefined, undefined, 11],
      ['Elsewhere', 'link', undefined, '../other/index.md', '../other/toc.yml', 13],
    ]);
  });

  it('nests items, marks external links and keeps uids and displayName', () => {
    const result = parseToc(
      'TOC.yml',
      `- name: Get started
  expanded: true
  items:
    - name: Install
      href: install.md
      displayName: setup, download
    - name: DocFX on GitHub
      href: https://github.com/dotnet/docfx
    - name: String
      uid: System.String
    - name: Float
      href: xref:System.Single
    - name: Mail us
      href: mailto:docs@example.com
`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(shape(result.items)).toEqual([
      [
        'Get started',
        'group',
        ['Install', 'link'],
        ['DocFX on GitHub', 'external'],
        ['String', 'xref'],
        ['Float', 'xref'],
        ['Mail us', 'external'],
      ],
    ]);
    const [install, github, string] = result.items[0]?.items ?? [];
    expect(install).toMatchObject({ displayName: 'setup, download', line: 4, external: false });
    expect(github).toMatchObject({ external: true, line: 7 });
    expect(string).toMatchObject({ uid: 'System.String', line: 9 });
  });

  it('keeps numbers in names as written', () => {
    const result = parseToc('toc.yml', '- name: 1.10\n  href: v1.md\n- name: 2024\n  href: y.md\n');
    expect(result.items.map((n) => n.name)).toEqual(['1.10', '2024']);
  });

  it('reports items without a name, wrong types and bad items, each on its line', () => {
    const result = parseToc(
      'toc.yml',
      `- href: tutorial.md
- name: Group without children
- items:
    - name: Child
      href: child.md
- name: Bad items
  items: child.md
- name: [not, text]
  href: x.md
- just a string
- name: Empty href
  href:
  items:
    - name: C
      href: c.md
- Name: Wrong case
  HREF: wrong.md
`,
    );
    expect(problems(result)).toEqual([
      [1, 'toc-entry', 'expected "name", got none; DocFX takes the title of tutorial.md'],
      [2, 'toc-entry', 'expected "href" or "items" under "Group without children", got neither, so it leads nowhere'],
      [3, 'toc-entry', 'expected "name" for an item without "href", got none'],
      [7, 'toc-entry', 'expected "items" to be a list, got "child.md"'],
      [8, 'toc-entry', 'expected "name" to be text, got a list'],
      [10, 'toc-entry', 'expected a TOC item with "name" and "href", got "just a string"'],
      [12, 'toc-entry', 'expected a value after "href:", got nothing'],
      [16, 'toc-entry', 'expected "name" (keys are case-sensitive), got "Name", which DocFX ignores'],
      [17, 'toc-entry', 'expected "href" (keys are case-sensitive), got "HREF", which DocFX ignores'],
    ]);
    expect(result.items.map((n) => n.name)).toEqual([
      '',
      'Group without children',
      '',
      'Bad items',
      '',
      'Empty href',
      '',
    ]);
    expect(result.items[5]?.items).toHaveLength(1);
  });

  it('reports a file that is not a list, invalid YAML and repeated keys with their lines', () => {
    expect(problems(parseToc('toc.yml', 'just text'))).toEqual([
      [1, 'toc-invalid', 'expected a list of TOC items, got "just text"'],
    ]);
    expect(problems(parseToc('toc.yml', 'name: x\nhref: y.md\n'))).toEqual([
      [1, 'toc-invalid', 'expected a list of TOC items or an object with "items", got an object without "items"'],
    ]);
    expect(problems(parseToc('toc.yml', ''))).toEqual([
      [1, 'toc-invalid', 'expected a list of TOC items, got an empty file'],
    ]);
    expect(problems(parseToc('toc.yml', '- name: a\n  href: a.md\n  name: b\n'))).toEqual([
      [3, 'toc-invalid', 'invalid YAML: Map keys must be unique'],
    ]);
    const broken = parseToc('toc.yml', '- name: a\n  href: a.md\n - name: b\n');
    expect(broken.items).toEqual([]);
    expect(broken.diagnostics[0]).toMatchObject({ line: 3, code: 'toc-invalid' });
  });

  it(`refuses items nested deeper than ${MAX_TOC_DEPTH} levels, with a problem instead of a stack overflow`, () => {
    let text = '';
    for (let depth = 0; depth < 70; depth++) {
      const indent = '  '.repeat(depth * 2);
      text += `${indent}- name: level ${depth + 1}\n${indent}  items:\n`;
    }
    const result = parseToc('toc.yml', text);
    expect(stats(result.items)).toEqual({ nodes: MAX_TOC_DEPTH, depth: MAX_TOC_DEPTH });
    expect(problems(result)).toEqual([
      [129, 'toc-entry', 'expected TOC items nested at most 64 deep, got deeper; these are left out'],
    ]);

    const flow = parseToc('toc.yml', '['.repeat(10_000) + ']'.repeat(10_000));
    expect(flow.items).toEqual([]);
    expect(flow.diagnostics).toHaveLength(1);
    expect(flow.diagnostics[0]?.message).toMatch(/^expected TOC items nested at most 64 deep/);
  });

  it('stops at a bounded number of items when aliases multiply a subtree', () => {
    const lines = [
      'a: &a [{name: x, href: x.md}, {name: x, href: x.md}, {name: x, href: x.md}, {name: x, href: x.md}]',
    ];
    for (let i = 0; i < 12; i++) {
      const ref = i === 0 ? 'a' : `l${i - 1}`;
      lines.push(
        `l${i}: &l${i} [{name: n, items: *${ref}}, {name: n, items: *${ref}}, {name: n, items: *${ref}}, {name: n, items: *${ref}}]`,
      );
    }
    lines.push('items: *l11');
    const started = performance.now();
    const result = parseToc('toc.yml', lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.diagnostics.at(-1)?.message).toBe(
      'expected at most 50000 TOC items, got more; the rest are left out',
    );
  });
});

describe('parseToc on toc.md', () => {
  it('reads the DocFX sample: heading levels, groups and @uid', () => {
    const result = parseToc(
      'toc.md',
      `# [Header1](header1.md)
## [Header1.1](header1-1.md)
# Header2
## [Header2.1](header2-1.md)
### [Header2.1.1](header2-1-1.md)
## [Header2.2](header2-2.md)
# @UidForAnArticle
`,
    );
    expect(result.diagnostics).toEqual([]);
    expect(shape(result.items)).toEqual([
      ['Header1', 'link', ['Header1.1', 'link']],
      ['Header2', 'group', ['Header2.1', 'link', ['Header2.1.1', 'link']], ['Header2.2', 'link']],
      ['', 'xref'],
    ]);
    expect(result.items[2]?.uid).toBe('UidForAnArticle');
    expect(result.items[1]?.items[0]?.items[0]?.line).toBe(5);
  });

  it('reads nested TOCs, external links, titles, closing hashes, and skips other lines', () => {
    const result = parseToc(
      'TOC.md',
      `Intro text that is not a heading.

# [Reference](api/toc.yml)
# [Guides](guides/)
## [DocFX](https://dotnet.github.io/docfx/ "DocFX site")
## [Spaced](<my file.md>) ##
<!--
# [Hidden](hidden.md)
-->
\`\`\`
# not a heading
\`\`\`
# [Only text]
## [Nested \\[brackets\\]](b.md)
# [String](xref:System.String)
`,
    );
    expect(shape(result.items)).toEqual([
      ['Reference', 'toc'],
      ['Guides', 'toc', ['DocFX', 'external'], ['Spaced', 'link']],
      ['Only text', 'group', ['Nested [brackets]', 'link']],
      ['String', 'xref'],
    ]);
    expect(result.items[1]?.items.map((n) => [n.href, n.external, n.line])).toEqual([
      ['https://dotnet.github.io/docfx/', true, 5],
      ['my file.md', false, 6],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a heading that skips a level, and an empty one', () => {
    const result = parseToc('toc.md', '# [A](a.md)\n### [Too deep](c.md)\n## [B](b.md)\n##\n## Lonely\n');
    expect(problems(result)).toEqual([
      [2, 'toc-entry', 'expected a "##" heading under "A" (line 1), got "###", which skips a level'],
      [4, 'toc-entry', 'expected a name or a [name](link) after "##", got nothing'],
      [5, 'toc-entry', 'expected a link or child headings under "Lonely", got neither, so it leads nowhere'],
    ]);
    // Still placed under A, so nothing is lost.
    expect(shape(result.items)).toEqual([['A', 'link', ['Too deep', 'link'], ['B', 'link'], ['Lonely', 'group']]]);
    expect(problems(parseToc('toc.md', '# [Spaced](my file.md)\n## [A](a.md)\n'))).toEqual([
      [1, 'toc-entry', 'expected a link of the form [name](path), got "[Spaced](my file.md)"; read as a plain name'],
    ]);
    expect(problems(parseToc('toc.md', '## [B](b.md)\n'))[0]?.[2]).toBe(
      'expected a "#" heading to start the TOC, got "##", which skips a level',
    );
  });

  it(`refuses headings nested deeper than ${MAX_TOC_DEPTH} levels`, () => {
    const text = Array.from({ length: 100 }, (_, i) => `${'#'.repeat(i + 1)} [L${i + 1}](l${i + 1}.md)`).join('\n');
    const result = parseToc('toc.md', text);
    expect(stats(result.items)).toEqual({ nodes: 64, depth: 64 });
    expect(problems(result)).toEqual([
      [
        65,
        'toc-entry',
        'expected TOC items nested at most 64 deep, got deeper; this one and those under it are left out',
      ],
    ]);
  });
});

describe('parseToc by file name', () => {
  it('refuses files that are neither YAML nor Markdown', () => {
    expect(parseToc('toc.txt', '- name: a').diagnostics[0]?.message).toBe(
      'expected a toc.yml or toc.md file, got "toc.txt"',
    );
  });
});

describe('hrefKind', () => {
  it.each([
    [undefined, 'group'],
    ['a.md', 'link'],
    ['a.md#part', 'link'],
    ['sub/TOC.yml', 'toc'],
    ['sub/toc.yml?view=x', 'toc'],
    ['../sub/', 'toc'],
    ['/azure/', 'link'],
    ['https://example.com/toc.yml', 'external'],
    ['//example.com/', 'external'],
    ['xref:System.String', 'xref'],
    ['@System.String', 'xref'],
  ])('%s is %s', (href, kind) => {
    expect(hrefKind(href)).toBe(kind);
  });
});

describe('walkToc', () => {
  it('visits depth first in file order, and skips children on false', () => {
    const { items } = parseToc('toc.md', '# A\n## A1\n### A1a\n## A2\n# B\n## B1\n');
    const seen: string[] = [];
    walkToc(items, (node, depth, parent) => {
      seen.push(`${node.name}@${depth}<${parent?.name ?? ''}`);
      return node.name !== 'A1';
    });
    expect(seen).toEqual(['A@1<', 'A1@2<A', 'A2@2<A', 'B@1<', 'B1@2<B']);
  });
});
