import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import configured from '../site.config.ts';
import { createBuildContext, docSetOf } from './build-context.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));
const repository = fileURLToPath(new URL('../../tests/fixtures/docset/', import.meta.url));

describe('createBuildContext', () => {
  it('gives our own content the configured site', () => {
    const context = createBuildContext({}, project);
    expect(context.site).toEqual(configured);
    expect(context.source.kind).toBe('folder');
    expect(context.learn.docSetPath).toBe(configured.learn.docSetPath);
    expect(context.findings).toEqual([]);
  });

  it('puts what a repository says of itself over site.config.ts, and a setting over both', () => {
    const context = createBuildContext({ CONTENT_DIR: repository, SEARCH_MERGE: '/a/' }, project);
    expect(context.source.kind).toBe('repository');
    // The repository's own name, source and licence, not the configured ones.
    expect(context.site.name).not.toBe(configured.name);
    expect(context.site.source.url).toBe('https://github.com/MicrosoftDocs/contoso-docs-pr.lv-LV');
    expect(context.site.searchMerge).toEqual(['/a/']);
  });

  it('names a setting the site configuration cannot take', () => {
    const context = createBuildContext({ SEARCH_MERGE: 'ProjectOperations' }, project);
    expect(context.findings).toEqual([
      expect.objectContaining({ code: 'setting-invalid', key: 'SEARCH_MERGE', message: expect.stringMatching(/"\/"/) }),
    ]);
    expect(context.site.searchMerge).toEqual(configured.searchMerge);
  });

  it('hands settings to the doc set it reads: DOCSET names nothing there', () => {
    const context = createBuildContext({ CONTENT_DIR: repository, DOCSET: 'other' }, project);
    expect(context.source.diagnostics.map((finding) => finding.key)).toEqual(['DOCSET']);
  });

  it('has no doc set until the build loads it, and says so', () => {
    expect(() => docSetOf(createBuildContext({}, project))).toThrow(/not loaded yet/);
  });
});
