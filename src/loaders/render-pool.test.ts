import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { hasArticleExtension } from '../articles/files.ts';
import { createBuildContext } from '../context/build-context.ts';
import { loadDocSet, type DocSet } from '../docset/doc-set.ts';
import { articleProcessor } from '../markdown/processor.ts';
import { RenderPool } from './render-pool.ts';

const folder = fileURLToPath(new URL('../../tests/fixtures/docset/', import.meta.url));
const image = { domains: [], remotePatterns: [] };
const { source, learn } = createBuildContext({ CONTENT_DIR: folder });
const docSet = await loadDocSet(source, '/', learn);
const articles = docSet.inventory.articles.filter((file) => hasArticleExtension(file) && file.endsWith('.md'));

/** An article's frontmatter and body, as Astro's Markdown entry type splits them. */
function entryOf(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path.join(docSet.source.folder, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return {
    data: (match ? yaml.load(match[1]!) : {}) as Record<string, unknown>,
    body: text.slice(match?.[0].length ?? 0),
  };
}

describe('RenderPool', () => {
  const pool = new RenderPool(2, { docSet, lang: 'lv', image });
  afterAll(() => pool.close());

  it("renders each article of a doc set as the build's own thread does", async () => {
    expect(articles.length).toBeGreaterThan(3);
    const renderer = await articleProcessor(docSet, 'lv').createRenderer({ image, syntaxHighlight: false });
    for (const file of articles) {
      const { data, body } = entryOf(file);
      const absolute = path.join(docSet.source.folder, file);
      const own = await renderer.render(body, { frontmatter: structuredClone(data), fileURL: pathToFileURL(absolute) });
      const pooled = await pool.render(body, data, absolute);
      expect(pooled.html, file).toBe(own.code);
      expect(pooled.html, file).not.toBe('');
      expect(pooled.metadata, file).toEqual({
        ...own.metadata,
        imagePaths: [...own.metadata.localImagePaths, ...own.metadata.remoteImagePaths],
      });
    }
  });

  it('renders many articles at once and gives each its own page, as one thread renders it', async () => {
    const renderer = await articleProcessor(docSet, 'lv').createRenderer({ image, syntaxHighlight: false });
    const absolute = (index: number) => path.join(docSet.source.folder, articles[index % articles.length]!);
    const entries = articles.map(entryOf);
    const own = await Promise.all(
      entries.map(({ body, data }, index) =>
        renderer.render(body, { frontmatter: structuredClone(data), fileURL: pathToFileURL(absolute(index)) }),
      ),
    );
    // Forty at once, each article several times, answered in whatever order the helpers finish.
    const jobs = Array.from({ length: 40 }, (_, index) => entries[index % entries.length]!);
    const pages = await Promise.all(jobs.map(({ body, data }, index) => pool.render(body, data, absolute(index))));
    for (const [index, page] of pages.entries()) expect(page.html).toBe(own[index % entries.length]!.code);
  });
});

describe('RenderPool with a helper that cannot start', () => {
  it('fails every article it was given, rather than waiting for it', async () => {
    // A doc set with nothing in it: the helper's processor cannot be made.
    const broken = new RenderPool(1, { docSet: {} as DocSet, lang: 'lv', image });
    try {
      const renders = [1, 2, 3].map(() => broken.render('# Virsraksts', {}, path.join(folder, 'index.md')));
      for (const render of renders) await expect(render).rejects.toThrow(/render helper (?:failed|stopped)/);
    } finally {
      await broken.close();
    }
  });
});
