import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../support/build';

/** Files a careless or hostile source may hold, written at test time (a Latin-1 file cannot be formatted). */
function hostileFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'hostile-files-'));
  const article = readFileSync(path.join(projectRoot, 'tests/fixtures/docfx/links-and-images.md'), 'utf8');
  const head = article.slice(0, article.indexOf('---', 4) + 4);
  writeFileSync(
    path.join(folder, 'latin1.md'),
    Buffer.concat([Buffer.from(`${head}# Latin-1\n\nLicen`), Buffer.from([0xe7, 0x75, 0x0a])]),
  );
  writeFileSync(path.join(folder, 'empty.md'), '');
  writeFileSync(path.join(folder, 'bom-crlf.md'), `\uFEFF${article.replace(/\n/g, '\r\n')}`);
  writeFileSync(
    path.join(folder, 'deep.md'),
    `${head}# Dziļš\n\n${'>'.repeat(5000)} teksts\n${'- '.repeat(3000)}punkts\n`,
  );
  writeFileSync(
    path.join(folder, 'traversal.md'),
    `${head}# Ceļš\n\n![parole](../../../../etc/passwd)\n\n<img src="../../../../etc/hostname" alt="resursdators">\n`,
  );
  mkdirSync(path.join(folder, 'docs'));
  copyFileSync(path.join(projectRoot, 'tests/fixtures/docfx/media/photo.png'), path.join(folder, 'docs/photo.png'));
  symlinkSync('/etc', path.join(folder, 'media'));
  return folder;
}

describe('a folder of hostile files', () => {
  let folder: string;
  let build: BuildResult;
  beforeAll(() => {
    folder = hostileFolder();
    build = buildSite({ env: { CONTENT_DIR: folder } });
  });
  afterAll(() => {
    rmSync(build.outDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  it('names each file and line, and what was expected, leaves out what it cannot read and publishes the rest', () => {
    const place = (file: string) => `${path.relative(projectRoot, folder)}/${file}`;
    for (const finding of [
      `${place('latin1.md')}:17: error: not UTF-8: byte 0xE7 cannot start or continue a character`,
      `${place('empty.md')}:1: error: empty file: expected an article`,
      `${place('deep.md')}:17: error: block quotes and lists nested more than 100 deep: expected at most 100`,
      `${place('traversal.md')}:17: warning: address "../../../../etc/passwd" leaves the doc set`,
      `${place('traversal.md')}:19: warning: address "../../../../etc/hostname" leaves the doc set`,
      `${place('media')}: warning: symbolic link, never followed`,
    ]) {
      expect(build.output).toContain(finding);
    }
    // A byte order mark and CRLF line endings are no fault.
    expect(build.output).not.toMatch(/bom-crlf\.md:\d+: error/);
    expect(build.status).toBe(0);
    expect(build.output).not.toMatch(/unhandled error|Stack trace/i);
    const published = (page: string) => existsSync(path.join(build.outDir, page, 'index.html'));
    expect(['latin1', 'empty', 'deep'].filter(published)).toEqual([]);
    expect(['bom-crlf', 'traversal'].filter(published)).toEqual(['bom-crlf', 'traversal']);
    expect(readFileSync(path.join(build.outDir, 'traversal', 'index.html'), 'utf8')).not.toMatch(/root:|etc\/passwd/);
  });
});
