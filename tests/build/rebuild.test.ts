import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/markdown/render-cache';
import { reportFiles } from '../../src/logging/build-report';
import { buildSite, projectRoot } from '../support/build';
import { compareBuilds } from '../tools/compare-builds';

/**
 * A rebuild must equal a cold build. Each case changes one thing a page depends on (a setting,
 * or a file an article reads) after a build, builds again with the content cache warm, then
 * once more with it gone, and compares the two outputs byte for byte.
 */

const fixture = path.join(projectRoot, 'tests/fixtures/docset');
const english = path.join(projectRoot, 'tests/fixtures/docset-english');
const scratch = mkdtempSync(path.join(tmpdir(), 'rebuild-'));
const repository = path.join(scratch, 'repository');
const articles = path.join(repository, 'articles');
cpSync(fixture, repository, { recursive: true });
const outputs: string[] = [];

/** A build of the copy with these settings; the content cache as the last build left it, or none. */
function build(env: Record<string, string>, cold: boolean): string {
  if (cold) rmSync(cacheDirFor(repository), { recursive: true, force: true });
  const result = buildSite({ env: { CONTENT_DIR: repository, ...env } });
  outputs.push(result.outDir);
  if (result.status !== 0) throw new Error(result.output.slice(-3000));
  return result.outDir;
}

/** Builds with the cache warm from the previous build, then cold, and says how the two differ. */
function warmAgainstCold(env: Record<string, string> = {}): string[] {
  const warm = build(env, false);
  const cold = build(env, true);
  return compareBuilds(cold, warm).map(({ file, problem }) => `${file}: ${problem}`);
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(path.join(articles, file), change(readFileSync(path.join(articles, file), 'utf8')));

afterAll(() => {
  for (const output of outputs) {
    rmSync(output, { recursive: true, force: true });
    for (const file of Object.values(reportFiles(output))) rmSync(file, { force: true });
  }
  rmSync(cacheDirFor(repository), { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('a rebuild after a change equals a cold build', { timeout: 240_000 }, () => {
  it('starts from a build of the fixture', () => {
    build({}, true);
  });

  it('when the source-language repository is given, and taken away again', () => {
    expect(warmAgainstCold({ CONTENT_FALLBACK_DIR: english })).toEqual([]);
    expect(warmAgainstCold({})).toEqual([]);
  });

  it('when an include changes', () => {
    edit('includes/note.md', (text) => text.replace(/\n*$/, '\n\nJauns teikums piezīmē.\n'));
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when a code file changes', () => {
    edit('snippets/Program.cs', (text) => `// Jauns komentārs\n${text}`);
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when an image goes', () => {
    unlinkSync(path.join(articles, 'sales/media/chart.png'));
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when an image comes back at another size, and encodes none again when nothing changed', async () => {
    const chart = await sharp({ create: { width: 30, height: 10, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer();
    writeFileSync(path.join(articles, 'sales/media/chart.png'), chart);
    expect(warmAgainstCold()).toEqual([]);
    const page = readFileSync(path.join(outputs.at(-1)!, 'sales/index.html'), 'utf8');
    expect(page).toMatch(/<img [^>]*width="30" height="10"[^>]*src="\/_astro\/chart\.[^"]+\.webp"/);
    // Astro's image service keeps what it encoded: the same image again is copied, not encoded.
    const again = buildSite({ env: { CONTENT_DIR: repository } });
    outputs.push(again.outDir);
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(again.output).toMatch(/chart\.[^ ]+\.webp \(reused cache entry\)/);
    expect(again.output).not.toMatch(/\(before: \d+kB, after: \d+kB\)/);
  });

  it('when a TOC changes', () => {
    edit('TOC.yml', (text) => text.replace(/name: ([^\n]+)/, 'name: $1 (pārdēvēts)'));
    expect(warmAgainstCold()).toEqual([]);
  });

  it("when docfx.json's metadata changes", () => {
    edit('docfx.json', (text) =>
      text.replace('"titleSuffix": { "**/*.md": "Contoso" }', '"titleSuffix": { "**/*.md": "Fabrikam" }'),
    );
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when a redirection changes where links to a moved article lead', () => {
    const file = path.join(repository, '.openpublishing.redirection.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"redirect_url": "quotes"', '"redirect_url": "index"'));
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when an article is added that others link to', () => {
    writeFileSync(
      path.join(articles, 'sales/quote-lines.md'),
      '---\ntitle: Piedāvājuma rindas\n---\n# Rindas\n\nTeksts.\n',
    );
    expect(warmAgainstCold()).toEqual([]);
  });

  it('when another doc set of the repository is chosen', () => {
    const config = path.join(repository, '.openpublishing.publish.config.json');
    const published = JSON.parse(readFileSync(config, 'utf8')) as { docsets_to_publish: object[] };
    published.docsets_to_publish.push({ docset_name: 'other', build_source_folder: 'other', locale: 'lv-LV' });
    writeFileSync(config, JSON.stringify(published));
    cpSync(articles, path.join(repository, 'other'), { recursive: true });
    appendFileSync(path.join(repository, 'other/sales/quotes.md'), '\nOtrā doc set teikums.\n');
    build({ DOCSET: 'contoso-docs' }, false);
    expect(warmAgainstCold({ DOCSET: 'other' })).toEqual([]);
  });

  it('when an article is made unreadable, and so left out', () => {
    writeFileSync(path.join(articles, 'sales/quotes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    expect(warmAgainstCold({ DOCSET: 'contoso-docs' })).toEqual([]);
  });
});
