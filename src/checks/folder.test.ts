import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinkTargets } from '../articles/link-targets.ts';
import { formatDiagnostic, judge, type Finding } from '../findings/finding.ts';
import { checkFiles } from './files.ts';
import { checkContentFolder } from './folder.ts';

const seedFile = new URL('../../content/transfer-licenses-between-tenants.mdx', import.meta.url);
const seed = readFileSync(seedFile, 'utf8');
const learn = { origin: 'https://learn.microsoft.com', localePath: '/lv-lv' };

/** A folder of `count` copies of our article, two of them broken, and two names for one address. */
function folderOf(count: number): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'folder-check-'));
  for (let index = 0; index < count; index++) copyFileSync(seedFile, path.join(folder, `raksts-${index}.mdx`));
  writeFileSync(path.join(folder, 'raksts-1.mdx'), seed.replace(/^ms\.locfileid: .*\n/m, ''));
  writeFileSync(path.join(folder, 'raksts-7.mdx'), `${seed}\nSkatiet [citu rakstu](nav-tada.md).\n`);
  copyFileSync(seedFile, path.join(folder, 'Raksts 3.mdx'));
  return folder;
}

/** A finding as the log shows it in a strict build (our own content) or a delivered doc set's. */
const shown = (strict: boolean) => (finding: Finding) => formatDiagnostic(judge(finding, strict));

describe('checkContentFolder', () => {
  it('reports every broken file and two files with one address, naming each', async () => {
    const folder = folderOf(10);
    const { files, diagnostics } = await checkContentFolder(folder, { strict: true, learn }, folder);
    expect(files).toHaveLength(11);
    expect(diagnostics.map(shown(true))).toEqual([
      expect.stringMatching(
        /^raksts-1\.mdx:1: error: ms\.locfileid: required key is missing: .* \[metadata-missing\]$/,
      ),
      `raksts-7.mdx:${seed.split('\n').length + 1}: error: link to a missing article: expected a file "nav-tada.md" in the doc set [link-missing]`,
      // The first of the two keeps the address; the other is left out, naming it.
      // The file whose name is already its address keeps it.
      'Raksts 3.mdx: error: same address /raksts-3/ as raksts-3.mdx, which is published: expected file names that differ in more than case, accents or punctuation; left out [route-collision]',
    ]);
  });

  // Parsing 500 articles takes a few seconds on a busy machine.
  it('finds the same in helper processes as in one thread, in the same order', { timeout: 60_000 }, async () => {
    const folder = folderOf(500);
    // Two helpers whatever the machine: on one core the build would check in one thread, both times.
    const { files, mediaFiles, diagnostics, frontmatter } = await checkContentFolder(
      folder,
      { strict: true, learn, helpers: 2 },
      folder,
    );
    const targets = createLinkTargets(files, mediaFiles, '/', learn);
    const { diagnostics: inOneThread, frontmatter: readInOneThread } = checkFiles({
      folder,
      root: folder,
      names: files,
      targets,
      strict: true,
      docfx: undefined,
      displayRoot: folder,
    });
    expect(diagnostics.slice(0, inOneThread.length)).toEqual(inOneThread);
    expect(inOneThread.map((finding) => finding.file)).toEqual(['raksts-1.mdx', 'raksts-7.mdx']);
    // Each helper hands its frontmatter over in batches before its answer: the same, every one.
    expect(frontmatter).toEqual(new Map(readInOneThread));
    expect(frontmatter.size).toBe(files.length - 1);
  });

  it('refuses a file that is not UTF-8 at its first bad byte, an empty file, and an article with no body', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'folder-check-'));
    writeFileSync(
      path.join(folder, 'latin1.md'),
      Buffer.concat([Buffer.from('---\ntitle: x\n---\n# A\n'), Buffer.from([0xe7])]),
    );
    writeFileSync(path.join(folder, 'empty.md'), '');
    writeFileSync(path.join(folder, 'bom-crlf.md'), `\uFEFF${seed.replace(/\n/g, '\r\n')}`);
    writeFileSync(path.join(folder, 'no-body.md'), seed.slice(0, seed.indexOf('---', 4) + 4));
    const { diagnostics } = await checkContentFolder(folder, { strict: true, learn }, folder);
    expect(diagnostics.map(shown(true))).toEqual([
      'empty.md:1: error: empty file: expected an article [file-empty]',
      'latin1.md:5: error: not UTF-8: byte 0xE7 cannot start or continue a character; expected the file saved as UTF-8 [file-encoding]',
      "no-body.md:24: error: no body: expected the article's text after the frontmatter [body-empty]",
    ]);
  });

  it('says so when a folder has no articles', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'folder-check-'));
    const { diagnostics } = await checkContentFolder(folder, { strict: false, learn }, path.dirname(folder));
    expect(diagnostics.map(shown(false))).toEqual([
      `${path.basename(folder)}: error: no articles: expected .md or .mdx files in this folder [no-articles]`,
    ]);
  });
});
