import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRedirectionFile } from './redirection-file.ts';

const corpus = new URL('../../../shared/corpus/lv-LV/ProjectOperations/', import.meta.url);
const realFile = new URL('.openpublishing.redirection.json', corpus);
const parse = (text: string) => parseRedirectionFile('.openpublishing.redirection.json', text);

describe('parseRedirectionFile', () => {
  it.skipIf(!existsSync(realFile))('reads the five real ProjectOperations redirections', () => {
    const { redirects, diagnostics } = parse(readFileSync(realFile, 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(redirects).toHaveLength(5);
    expect(redirects[0]).toEqual({
      sourcePath: 'articles/project-management/update-completed-estimate.md',
      redirectUrl: 'project-tracking-overview',
      line: 3,
    });
    expect(redirects.map((r) => r.line)).toEqual([3, 8, 13, 18, 23]);
    expect(redirects[1]?.redirectUrl).toBe('../pro/sales/create-estimate-quote-line-sales');
  });

  it('reads both path forms, with the address as written', () => {
    const { redirects, diagnostics } = parse(`{
  "redirections": [
    { "source_path": "articles/old.md", "redirect_url": "https://learn.microsoft.com/azure/", "redirect_document_id": true },
    { "source_path_from_root": "/articles/sales/old.md", "redirect_url": "/dynamics365/project-operations/sales/new" },
    { "source_path": "articles\\\\time\\\\old.md", "redirect_url": "new", "redirect_document_id": "TRUE" }
  ]
}`);
    expect(diagnostics).toEqual([]);
    expect(redirects.map((r) => [r.sourcePath, r.redirectUrl, r.line])).toEqual([
      ['articles/old.md', 'https://learn.microsoft.com/azure/', 3],
      ['articles/sales/old.md', '/dynamics365/project-operations/sales/new', 4],
      ['articles/time/old.md', 'new', 5],
    ]);
  });

  it('reports malformed entries on their lines and keeps the good ones', () => {
    const { redirects, diagnostics } = parse(`{
  "redirections": [
    { "redirect_url": "/a" },
    { "source_path": "articles/a.md" },
    { "source_path": 12, "redirect_url": ["x"] },
    { "source_path": "../other-repo/a.md", "redirect_url": "/a" },
    { "source_path": "articles/image.png", "redirect_url": "/a" },
    { "source_path": "articles/index.yml", "redirect_url": "/a" },
    { "source_path": "/articles/b.md", "redirect_url": "/b", "redirect_document_id": "yes" },
    { "source_path": "articles/ok.md", "source_path_from_root": "/articles/ok.md", "redirect_url": "/c" },
    "articles/x.md",
    { "source_path": "articles/dup.md", "redirect_url": "/d" },
    { "source_path": "articles/DUP.md", "redirect_url": "/e" }
  ]
}`);
    expect(diagnostics.map((d) => [d.line, d.key, d.code, d.message])).toEqual([
      [3, 'redirections[0].source_path', 'redirect-invalid', 'expected "source_path" with the old file, got none'],
      [4, 'redirections[1].redirect_url', 'redirect-invalid', 'expected "redirect_url" with the new address, got none'],
      [5, 'redirections[2].source_path', 'redirect-invalid', 'expected a file path, got 12'],
      [5, 'redirections[2].redirect_url', 'redirect-invalid', 'expected an address, got a list'],
      [
        6,
        'redirections[3].source_path',
        'redirect-source',
        'expected a file inside the repository, got "../other-repo/a.md"; left out',
      ],
      [
        7,
        'redirections[4].source_path',
        'redirect-source',
        'expected a Markdown article (.md), got "articles/image.png"; left out',
      ],
      [
        8,
        'redirections[5].source_path',
        'redirect-source',
        'expected a Markdown article (.md), got "articles/index.yml", a YAML page this site does not publish; left out',
      ],
      [
        9,
        'redirections[6].source_path',
        'redirect-form',
        'expected a path relative to the repository root, got "/articles/b.md"; read without the "/"',
      ],
      [9, 'redirections[6].redirect_document_id', 'redirect-form', 'expected true or false, got "yes"; read as false'],
      [
        10,
        'redirections[7]',
        'redirect-invalid',
        'expected one of "source_path" and "source_path_from_root", got both',
      ],
      [11, 'redirections[8]', 'redirect-invalid', 'expected a redirection object, got "articles/x.md"'],
      [
        13,
        'redirections[10].source_path',
        'redirect-duplicate',
        'expected each source_path once, got "articles/DUP.md" again (first on line 12); left out',
      ],
    ]);
    // A bad redirect_document_id is reported, but the address still moves; a YAML page's is left out, once.
    expect(redirects.map((r) => r.sourcePath)).toEqual(['articles/b.md', 'articles/dup.md']);
  });

  it('needs a redirections list', () => {
    expect(parse('{}').diagnostics[0]?.message).toBe('expected a "redirections" list, got none');
    expect(parse('{"redirections": {}}').diagnostics[0]?.message).toBe(
      'expected "redirections" to be a list, got an object',
    );
    expect(parse('[]').diagnostics[0]?.message).toBe('expected an object with "redirections", got a list');
    expect(
      parse('{\n  "redirections": [\n    {"source_path": "a.md" "redirect_url": "b"}\n  ]\n}').diagnostics[0],
    ).toMatchObject({
      line: 3,
      code: 'redirect-invalid',
    });
  });
});
