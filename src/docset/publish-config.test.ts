import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePublishConfig, repositoryPath } from './publish-config.ts';

const corpus = new URL('../../../shared/corpus/lv-LV/ProjectOperations/', import.meta.url);
const realFile = new URL('.openpublishing.publish.config.json', corpus);
const parse = (text: string) => parsePublishConfig('.openpublishing.publish.config.json', text);

describe('parsePublishConfig', () => {
  it.skipIf(!existsSync(realFile))('reads the real ProjectOperations file', () => {
    const { config, diagnostics } = parse(readFileSync(realFile, 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(config.docsets).toEqual([
      {
        name: 'dynamics-365-project-operations',
        sourceFolder: 'articles',
        outputSubfolder: 'dynamics-365-project-operations',
        locale: 'lv-LV',
        line: 3,
      },
    ]);
    expect(config.dependentRepositories.map((r) => r.pathToRoot)).toEqual(['_themes', '_repo.en-us']);
    expect(config.englishSource).toEqual({
      pathToRoot: '_repo.en-us',
      url: 'https://github.com/MicrosoftDocs/dynamics-365-project-operations-pr',
      branch: 'live',
      line: 34,
    });
    expect(config.redirectionFiles).toEqual([]);
  });

  it('reads several doc sets, normalizes folders and finds the English source in any case', () => {
    const { config, diagnostics } = parse(`{
  "docsets_to_publish": [
    { "docset_name": "a", "build_source_folder": "./docs/a/", "build_output_subfolder": "a", "locale": "lv-lv" },
    { "docset_name": "root", "build_source_folder": "." }
  ],
  "dependent_repositories": [{ "path_to_root": "_repo.en-US", "url": "https://github.com/MicrosoftDocs/x" }],
  "redirection_files": ["redirections/.openpublishing.redirection.old.json"]
}`);
    expect(diagnostics).toEqual([]);
    expect(config.docsets.map((d) => [d.name, d.sourceFolder, d.outputSubfolder, d.locale])).toEqual([
      ['a', 'docs/a', 'a', 'lv-lv'],
      ['root', '.', undefined, undefined],
    ]);
    expect(config.englishSource).toEqual({
      pathToRoot: '_repo.en-US',
      url: 'https://github.com/MicrosoftDocs/x',
      line: 6,
    });
    expect(config.redirectionFiles).toEqual(['redirections/.openpublishing.redirection.old.json']);
  });

  it('reports a missing list, wrong types and folders outside the repository, each on its line', () => {
    expect(parse('{"docsets": []}').diagnostics).toEqual([
      {
        code: 'config-unreadable',
        file: '.openpublishing.publish.config.json',
        line: 1,
        key: 'docsets_to_publish',
        message: 'expected a "docsets_to_publish" list, got none',
      },
    ]);
    expect(parse('{"docsets_to_publish": {}}').diagnostics[0]?.message).toBe(
      'expected "docsets_to_publish" to be a list, got an object',
    );
    const { config, diagnostics } = parse(`{
  "docsets_to_publish": [
    { "docset_name": "up", "build_source_folder": "../other" },
    { "docset_name": "absolute", "build_source_folder": "/articles" },
    { "docset_name": "drive", "build_source_folder": "C:\\\\docs" },
    { "docset_name": 7, "build_source_folder": 42 },
    { "build_source_folder": "ok", "locale": "Latvian" },
    "articles",
    { "docset_name": "fine", "build_source_folder": "articles/../docs", "build_output_subfolder": "../x" },
    { "docset_name": "FINE", "build_source_folder": "docs2" }
  ],
  "dependent_repositories": [{ "url": 5 }, "x"]
}`);
    expect(diagnostics.map((d) => [d.line, d.key, d.code, d.message])).toEqual([
      [
        3,
        'docsets_to_publish[0].build_source_folder',
        'config-value',
        'expected "build_source_folder" to name a folder inside the repository, got "../other"',
      ],
      [
        4,
        'docsets_to_publish[1].build_source_folder',
        'config-value',
        'expected "build_source_folder" to name a folder inside the repository, got "/articles"',
      ],
      [
        5,
        'docsets_to_publish[2].build_source_folder',
        'config-value',
        'expected "build_source_folder" to name a folder inside the repository, got "C:\\docs"',
      ],
      [6, 'docsets_to_publish[3].docset_name', 'config-value', 'expected "docset_name" to be a name, got 7'],
      [
        6,
        'docsets_to_publish[3].build_source_folder',
        'config-value',
        'expected "build_source_folder" to be a name, got 42',
      ],
      [7, 'docsets_to_publish[4].docset_name', 'config-value', 'expected "docset_name" in the doc set, got none'],
      [7, 'docsets_to_publish[4].locale', 'config-value', 'expected a locale such as "lv-LV", got "Latvian"'],
      [8, 'docsets_to_publish[5]', 'config-value', 'expected a doc set object, got "articles"'],
      [
        9,
        'docsets_to_publish[6].build_output_subfolder',
        'config-value',
        'expected "build_output_subfolder" to be a relative folder name, got "../x"',
      ],
      [10, 'docset_name', 'config-value', 'expected each doc set once, got "FINE" again'],
      [12, 'dependent_repositories[0].url', 'config-value', 'expected "url" to be text, got 5'],
      [
        12,
        'dependent_repositories[0].path_to_root',
        'config-value',
        'expected "path_to_root" in the dependent repository, got none',
      ],
      [12, 'dependent_repositories[1]', 'config-value', 'expected an object with "path_to_root" and "url"'],
    ]);
    expect(config.docsets.map((d) => [d.name, d.sourceFolder])).toEqual([
      ['fine', 'docs'],
      ['FINE', 'docs2'],
    ]);
    expect(config.englishSource).toBeUndefined();
  });

  it('passes on invalid JSON with its line', () => {
    const { config, diagnostics } = parse(
      '{\n  "docsets_to_publish": [\n    { "docset_name": "a" \n    "build_source_folder": "b" }\n  ]\n}',
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 4, code: 'config-unreadable' });
    expect(config.docsets).toEqual([]);
  });
});

describe('repositoryPath', () => {
  it.each([
    ['articles', 'articles'],
    ['articles/', 'articles'],
    ['.\\articles\\sub', 'articles/sub'],
    ['.', '.'],
    ['a/../b', 'b'],
    ['a/..', '.'],
  ])('normalizes "%s" to "%s"', (input, expected) => {
    expect(repositoryPath(input)).toBe(expected);
  });

  it.each(['..', '../a', 'a/../../b', '/a', '\\a', 'C:/a', ''])('refuses "%s"', (input) => {
    expect(repositoryPath(input)).toBeUndefined();
  });
});
