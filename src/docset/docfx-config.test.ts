import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isArticleFile, isContentFile, isResourceFile, metadataFor, parseDocfxConfig } from './docfx-config.ts';

const corpus = new URL('../../../shared/corpus/lv-LV/ProjectOperations/', import.meta.url);
const parse = (text: string) => parseDocfxConfig('docfx.json', text);

describe('parseDocfxConfig on the real ProjectOperations doc set', () => {
  const articles = new URL('articles/', corpus);

  it.skipIf(!existsSync(new URL('docfx.json', articles)))('reads its globs and metadata without problems', () => {
    const { config, diagnostics } = parse(readFileSync(new URL('docfx.json', articles), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(config.content).toHaveLength(1);
    expect(config.content[0]).toMatchObject({ files: ['**/*.md', '**/*.yml'], src: '', line: 4 });
    expect(config.content[0]?.exclude).toHaveLength(10);
    expect(config.resource[0]).toMatchObject({ files: ['**/*.png', '**/*.jpg'] });
    expect(config.resource[0]?.exclude).toHaveLength(6);
    expect(config.globalMetadata).toEqual({
      breadcrumb_path: '/dynamics365/project-operations/breadcrumb/toc.json',
      extendBreadcrumb: true,
      feedback_system: 'None',
    });
    expect(config.fileMetadata).toEqual([]);
    expect(config.dest).toBe('dynamics-365-project-operations');
  });

  it.skipIf(!existsSync(new URL('docfx.json', articles)))(
    'finds its 120 articles and leaves out includes and TOCs',
    () => {
      const { config } = parse(readFileSync(new URL('docfx.json', articles), 'utf8'));
      const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).map((path) =>
        path.replaceAll('\\', '/'),
      );
      const found = files.filter((path) => isArticleFile(config, path));
      expect(found).toHaveLength(120);
      expect(found.some((path) => path.startsWith('includes/'))).toBe(false);
      expect(isArticleFile(config, 'sales/sales-overview.md')).toBe(true);
      expect(isContentFile(config, 'TOC.yml')).toBe(true);
      expect(isArticleFile(config, 'TOC.yml')).toBe(false);
      expect(isContentFile(config, 'includes/cc-data-platform-banner.md')).toBe(false);
      expect(isResourceFile(config, 'media/diagram.png')).toBe(true);
      expect(isResourceFile(config, 'includes/media/diagram.png')).toBe(false);
      expect(metadataFor(config, 'index.md')).toEqual(config.globalMetadata);
    },
  );
});

describe('parseDocfxConfig on spec-written files', () => {
  const docs = `{
  "build": {
    "content": [
      { "files": ["**/*.{md,yml}"], "exclude": ["**/includes/**", "drafts/*.md"] },
      { "files": "reference/**.md", "src": "../api/", "dest": "api" },
      "TOC.md"
    ],
    "resource": { "files": ["**/media/**"] },
    "globalMetadata": { "ms.topic": "article", "ms.author": "docs" },
    "fileMetadata": {
      "ms.topic": { "**/overview*.md": "overview", "sales/**/*.md": "how-to", "sales/overview.md": "concept" },
      "ROBOTS": { "archive/**": "NOINDEX,NOFOLLOW" }
    },
    "template": ["default"],
    "markdownEngineName": "markdig",
    "dest": "_site"
  }
}`;
  const { config, diagnostics } = parse(docs);

  it('reads every form of content: mapping, string files, src, and a bare glob', () => {
    expect(diagnostics).toEqual([]);
    expect(config.content.map((m) => [m.files, m.exclude, m.src, m.dest, m.line])).toEqual([
      [['**/*.{md,yml}'], ['**/includes/**', 'drafts/*.md'], '', undefined, 4],
      [['reference/**.md'], [], '../api', 'api', 5],
      [['TOC.md'], [], '', undefined, 6],
    ]);
    expect(config.resource).toHaveLength(1);
    expect(config.dest).toBe('_site');
  });

  it('counts .md files as articles only under files, outside exclude, and not TOCs', () => {
    expect(isArticleFile(config, 'index.md')).toBe(true);
    expect(isArticleFile(config, 'sales/x.MD')).toBe(true);
    expect(isArticleFile(config, 'sales/includes/x.md')).toBe(false);
    expect(isArticleFile(config, 'drafts/x.md')).toBe(false);
    expect(isArticleFile(config, 'drafts/old/x.md')).toBe(true);
    expect(isArticleFile(config, 'TOC.md')).toBe(false);
    expect(isContentFile(config, 'TOC.md')).toBe(true);
    expect(isArticleFile(config, 'sales/toc.yml')).toBe(false);
    expect(isArticleFile(config, 'index.txt')).toBe(false);
  });

  it('matches a mapping with src only below that folder, relative to it', () => {
    expect(isArticleFile(config, '../api/reference/a/b.md')).toBe(true);
    expect(isArticleFile(config, '../API/reference/b.md')).toBe(true);
    expect(isArticleFile(config, '../api/other/b.md')).toBe(false);
  });

  it('finds resources', () => {
    expect(isResourceFile(config, 'sales/media/a.png')).toBe(true);
    expect(isResourceFile(config, 'sales/a.png')).toBe(false);
  });

  it('merges fileMetadata over globalMetadata, the later glob winning', () => {
    expect(metadataFor(config, 'index.md')).toEqual({ 'ms.topic': 'article', 'ms.author': 'docs' });
    expect(metadataFor(config, 'time/overview-time.md')['ms.topic']).toBe('overview');
    expect(metadataFor(config, 'sales/pro/x.md')['ms.topic']).toBe('how-to');
    // Matches all three globs; the last one in the file wins.
    expect(metadataFor(config, 'sales/overview.md')['ms.topic']).toBe('concept');
    expect(metadataFor(config, 'archive/2019/x.md')).toEqual({
      'ms.topic': 'article',
      'ms.author': 'docs',
      ROBOTS: 'NOINDEX,NOFOLLOW',
    });
  });

  it('returns a copy the caller may change', () => {
    metadataFor(config, 'index.md')['ms.topic'] = 'changed';
    expect(metadataFor(config, 'index.md')['ms.topic']).toBe('article');
  });
});

describe('parseDocfxConfig problems', () => {
  it('reports malformed JSON on the line of the mistake', () => {
    const { config, diagnostics } = parse(
      '{\n  "build": {\n    "content": [\n      { "files": ["**/*.md"], }\n    ]\n  }\n}',
    );
    expect(diagnostics).toEqual([
      {
        code: 'config-unreadable',
        file: 'docfx.json',
        line: 4,
        message: 'invalid JSON: expected a quoted key, got a trailing comma',
      },
    ]);
    expect(config.content).toEqual([]);
  });

  it('reports wrong types with their key and line, and keeps what is usable', () => {
    const { config, diagnostics } = parse(`{
  "build": {
    "content": [
      { "files": ["**/*.md", 7], "src": 42 },
      12,
      { "exclude": ["x"] }
    ],
    "resource": "**/*.png",
    "globalMetadata": ["ms.topic"],
    "fileMetadata": { "ms.topic": "article", "author": { "{a,b.md": "x" } },
    "dest": false
  }
}`);
    expect(diagnostics.map((d) => [d.line, d.key, d.code, d.message])).toEqual([
      [4, 'build.content[0].files', 'config-value', 'expected a glob in quotes, got 7'],
      [4, 'build.content[0].src', 'config-value', 'expected "src" to name a folder, got 42'],
      [5, 'build.content[1]', 'config-value', 'expected a file mapping ({ "files": [...] }) or a glob, got 12'],
      [
        6,
        'build.content[2].files',
        'config-value',
        'expected "files" globs in the file mapping, got none, so it adds nothing',
      ],
      [9, 'build.globalMetadata', 'config-value', 'expected an object of metadata, got a list'],
      [
        10,
        'build.fileMetadata.ms.topic',
        'config-value',
        'expected an object of { "glob": value } for "ms.topic", got "article"',
      ],
      [
        10,
        'build.fileMetadata.author',
        'config-value',
        'expected every "{" to be closed by "}", got "{a,b.md", which matches nothing',
      ],
      [11, 'build.dest', 'config-value', 'expected "dest" to name a folder, got false'],
    ]);
    expect(config.content).toHaveLength(1);
    expect(config.content[0]?.files).toEqual(['**/*.md']);
    expect(isResourceFile(config, 'a/b.png')).toBe(true);
  });

  it('needs an object with a build section', () => {
    expect(parse('[]').diagnostics[0]?.message).toBe('expected an object with a "build" section, got a list');
    expect(parse('{"metadata": []}').diagnostics[0]).toMatchObject({
      key: 'build',
      message: 'expected a "build" section that lists the articles, got none',
    });
    expect(parse('{"build": {}}').diagnostics[0]).toMatchObject({ code: 'config-value', key: 'build.content' });
  });
});
