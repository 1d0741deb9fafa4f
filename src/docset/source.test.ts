import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentSource } from './source.ts';

function repository(docsets: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'source-'));
  for (const name of docsets) mkdirSync(path.join(root, name));
  writeFileSync(path.join(root, 'docs-a', 'docfx.json'), '{ "build": { "content": [{ "files": ["**/*.md"] }] } }');
  writeFileSync(
    path.join(root, '.openpublishing.publish.config.json'),
    JSON.stringify({
      docsets_to_publish: docsets.map((name) => ({ docset_name: name, build_source_folder: name, locale: 'lv-LV' })),
    }),
  );
  return root;
}

describe('resolveContentSource', () => {
  it('builds the doc set a repository names, with its docfx.json', () => {
    const root = repository(['docs-a']);
    const source = resolveContentSource(root, root, undefined, undefined);
    expect(source).toMatchObject({ kind: 'repository', root, folder: path.join(root, 'docs-a'), diagnostics: [] });
    expect(source.docfx?.content).toHaveLength(1);
  });

  it('asks which doc set to build when a repository has several, and takes the one DOCSET names', () => {
    const root = repository(['docs-a', 'docs-b']);
    expect(resolveContentSource(root, root, undefined, undefined).diagnostics.map((d) => d.message)).toEqual([
      '2 doc sets (docs-a, docs-b): expected DOCSET=<name> to say which to build; build each under its own output folder (see README)',
    ]);
    const chosen = resolveContentSource(root, root, undefined, 'docs-b');
    expect(chosen).toMatchObject({ folder: path.join(root, 'docs-b'), diagnostics: [] });
    expect(resolveContentSource(root, root, undefined, 'docs-c').diagnostics[0]?.message).toBe(
      'no doc set named "docs-c": expected one of docs-a, docs-b',
    );
  });

  it('reads a plain folder as a folder, and a folder with docfx.json as a doc set', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'source-'));
    expect(resolveContentSource(folder, folder, undefined, undefined).kind).toBe('folder');
    writeFileSync(path.join(folder, 'docfx.json'), '{ "build": {} }');
    expect(resolveContentSource(folder, folder, undefined, undefined).kind).toBe('docset');
  });
});
