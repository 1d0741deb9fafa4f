import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from './settings.ts';

describe('readSettings', () => {
  // A project whose content/ exists, beside a folder of delivered articles.
  const root = fileTree();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads our own content/ strictly by default', () => {
    const { settings, findings } = readSettings({}, root);
    expect(settings).toEqual({
      folder: path.join(root, 'content'),
      strict: true,
      fallbackDir: undefined,
      docset: undefined,
      logAll: false,
      searchMerge: undefined,
      siteUrl: undefined,
      searchShardPages: 15_000,
      searchIndexHandoff: undefined,
      part: undefined,
      planDir: undefined,
      partSize: 33_000,
    });
    expect(findings).toEqual([]);
  });

  it('reads another folder leniently, unless CONTENT_STRICT says otherwise', () => {
    expect(readSettings({ CONTENT_DIR: 'corpus' }, root).settings.strict).toBe(false);
    expect(readSettings({ CONTENT_DIR: 'corpus', CONTENT_STRICT: '1' }, root).settings.strict).toBe(true);
    expect(readSettings({ CONTENT_DIR: ' corpus ', CONTENT_STRICT: 'Yes' }, root).settings.strict).toBe(true);
    expect(readSettings({ CONTENT_STRICT: '0' }, root).settings.strict).toBe(false);
  });

  it('resolves folders against the project and splits lists', () => {
    const { settings } = readSettings(
      {
        CONTENT_FALLBACK_DIR: '../english',
        DOCSET: ' docs-b ',
        BUILD_LOG: 'all',
        SEARCH_MERGE: '/a/, /b/,',
        SITE_URL: 'https://docs.example.com',
        SEARCH_SHARD_PAGES: ' 1100 ',
      },
      root,
    );
    expect(settings.searchShardPages).toBe(1100);
    expect(settings.siteUrl).toBe('https://docs.example.com');
    expect(settings.fallbackDir).toBe(path.resolve(root, '../english'));
    expect(settings.docset).toBe('docs-b');
    expect(settings.logAll).toBe(true);
    expect(settings.searchMerge).toEqual(['/a/', '/b/']);
  });

  it('names each setting it does not understand, with what was expected', () => {
    const { settings, findings } = readSettings(
      {
        CONTENT_DIR: 'missing',
        CONTENT_STRICT: 'maybe',
        BUILD_LOG: 'loud',
        SITE_URL: 'docs.example.com',
        SEARCH_SHARD_PAGES: '2.5',
      },
      root,
    );
    expect(findings.map(({ code, key, message }) => `${code} ${key}: ${message}`)).toEqual([
      `setting-invalid CONTENT_DIR: no folder at ${path.join(root, 'missing')}: expected a folder of .md or .mdx articles`,
      'setting-invalid CONTENT_STRICT: "maybe": expected one of 1, true, yes, 0, false, no',
      'setting-invalid BUILD_LOG: "loud": expected one of all, summary',
      'setting-invalid SITE_URL: "docs.example.com": expected the site\'s address, such as https://docs.example.com',
      'setting-invalid SEARCH_SHARD_PAGES: "2.5": expected a whole number, 1 or more',
    ]);
    expect(settings.searchShardPages).toBe(15_000);
    expect(settings.siteUrl).toBeUndefined();
    // What it could not read keeps the default rather than a guess.
    expect(settings.strict).toBe(false);
    expect(settings.logAll).toBe(false);
  });

  it('reads the step of a build in parts, which needs the folder the steps share', () => {
    const read = (env: Record<string, string>) => readSettings(env, root);
    expect(read({ BUILD_PART: 'Plan', BUILD_PLAN: 'plan' }).settings).toMatchObject({
      part: { step: 'plan' },
      planDir: path.join(root, 'plan'),
    });
    expect(read({ BUILD_PART: '3', BUILD_PLAN: 'plan', PART_SIZE: '1000' }).settings).toMatchObject({
      part: { step: 'articles', number: 3 },
      partSize: 1000,
    });
    expect(read({ BUILD_PART: 'site', BUILD_PLAN: '/tmp/plan' }).settings.part).toEqual({ step: 'site' });
    const problems = (env: Record<string, string>) =>
      read(env).findings.map(({ key, message }) => `${key}: ${message}`);
    expect(problems({ BUILD_PART: 'site' })).toEqual([
      'BUILD_PLAN: not set: a build in parts needs the folder its steps share',
    ]);
    for (const text of ['0', '2/4', 'all', '-1', '1.5']) {
      expect(problems({ BUILD_PART: text, BUILD_PLAN: 'plan' })).toEqual([
        `BUILD_PART: "${text}": expected plan, site or the number of a part (1, 2, …)`,
      ]);
    }
  });

  it('holds a search shard to one page at least', () => {
    for (const text of ['0', '-3', 'many']) {
      const { findings } = readSettings({ SEARCH_SHARD_PAGES: text }, root);
      expect(findings.map((finding) => finding.key)).toEqual(['SEARCH_SHARD_PAGES']);
    }
  });
});

function fileTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'settings-'));
  for (const folder of ['content', 'corpus']) mkdirSync(path.join(root, folder));
  return root;
}
