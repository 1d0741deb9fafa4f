import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../support/build';

describe('a strict build (our own content) over a folder holding one broken article', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({
      env: { CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/broken-article'), CONTENT_STRICT: '1' },
    });
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('fails, naming the file, line, key and what was expected', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'tests/fixtures/broken-article/broken-date.mdx:17: error: ms.date: expected a real date as MM/DD/YYYY (or M/D/YYYY), got "02/30/2021"',
    );
    expect(build.output).toMatch(/1 error\(s\) in 1 file\(s\), 1 article\(s\) checked; nothing was published/);
  });

  it('ends with that list and one summary line: no "unhandled error", no stack trace', () => {
    expect(build.status).toBe(1);
    expect(build.output).not.toMatch(/unhandled error|Stack trace|\bat .*\.(?:ts|js):\d+/i);
    expect(build.output.trim().split('\n').at(-1)).toMatch(/nothing was published\. Each is listed above/);
  });
});

describe('a build over includes that loop, leave the repository, follow a link or are missing', () => {
  const place = (file: string) => `tests/fixtures/broken-includes/${file}`;
  const folder = path.join(projectRoot, 'tests/fixtures/broken-includes');
  let delivered: BuildResult;
  let strict: BuildResult;
  beforeAll(() => {
    delivered = buildSite({ env: { CONTENT_DIR: folder } });
    strict = buildSite({ env: { CONTENT_DIR: folder, CONTENT_STRICT: '1' } });
  });
  afterAll(() => {
    for (const build of [delivered, strict]) rmSync(build.outDir, { recursive: true, force: true });
  });

  const findings = [
    `${place('includes/a.md')}:1: error: include cycle: ${place('cycle.md')} → ${place('includes/b.md')} → ${place('includes/a.md')} → ${place('includes/b.md')} [include-loop]`,
    `${place('traversal.md')}:7: error: include "../../../../../../etc/passwd" leaves the repository: expected a file inside it [include-outside]`,
    `${place('symlink.md')}:7: error: include "includes/link.md" is a symbolic link, which is never followed: expected the file itself [include-symlink]`,
  ];

  it('publishes a delivered doc set with each include left out, naming each file and line and the chain of a loop', () => {
    expect(delivered.status).toBe(0);
    for (const finding of findings) expect(delivered.output).toContain(finding);
    expect(delivered.output).toContain(
      `${place('missing.md')}:9: warning: missing include: expected a file "includes/missing.md" [include-missing]`,
    );
    for (const page of ['cycle', 'traversal', 'symlink', 'missing']) {
      expect(existsSync(path.join(delivered.outDir, page, 'index.html')), page).toBe(true);
    }
    expect(readFileSync(path.join(delivered.outDir, 'traversal', 'index.html'), 'utf8')).not.toContain('root:');
  });

  it('stops a strict build, publishing nothing', () => {
    expect(strict.status).toBe(1);
    for (const finding of findings) expect(strict.output).toContain(finding);
    expect(strict.output).toMatch(/\d+ error\(s\) in 5 file\(s\), 4 article\(s\) checked; nothing was published/);
  });
});

describe('a build over a folder of several broken articles', () => {
  const folder = path.join(projectRoot, 'tests/fixtures/broken-articles');
  const place = (file: string) => `tests/fixtures/broken-articles/${file}`;
  let strict: BuildResult;
  let lenient: BuildResult;
  beforeAll(() => {
    strict = buildSite({ env: { CONTENT_DIR: folder, CONTENT_STRICT: '1' } });
    lenient = buildSite({ env: { CONTENT_DIR: folder, CONTENT_STRICT: '0' } });
  });
  afterAll(() => {
    for (const build of [strict, lenient]) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('reports every broken file in one run, then fails', () => {
    expect(strict.status).not.toBe(0);
    for (const finding of [
      `${place('broken-yaml.mdx')}:8: error: broken YAML: Missing closing "quote`,
      `${place('empty-link.mdx')}:29: error: link to https://admin.microsoft.com/Adminportal/Home?source=applauncher#/subscriptions has no text`,
      `${place('malformed-url.md')}:34: error: malformed link: expected an absolute address starting with "https://", got "https//aka.ms/modernSpoAdminCenter"`,
      `${place('missing-key.mdx')}:1: error: ms.lasthandoff: required key is missing: expected a date as MM/DD/YYYY`,
      `${place('unknown-key.md')}:6: error: ms.reviwer: unknown key; did you mean "ms.reviewer"?`,
      `${place('wrong-type.mdx')}:20: error: ms.translationtype: expected MT (machine translation) or HT (human translation)`,
    ]) {
      expect(strict.output).toContain(finding);
    }
    expect(strict.output).toContain('6 error(s) in 6 file(s), 7 article(s) checked; nothing was published');
  });

  it('publishes delivered sources as they are: defects that need an edit are warnings, a file it cannot read is left out', () => {
    expect(lenient.status).toBe(0);
    expect(lenient.output).toContain(`${place('empty-link.mdx')}:29: warning: link to`);
    expect(lenient.output).toContain(`${place('unknown-key.md')}:6: warning: ms.reviwer: unknown key`);
    expect(lenient.output).toContain(`${place('malformed-url.md')}:34: warning: malformed link`);
    // A delivered doc set needs no key a page can do without; a wrong value is left out of its page.
    expect(lenient.output).not.toContain(place('missing-key.mdx'));
    expect(lenient.output).toContain(
      `${place('wrong-type.mdx')}:20: warning: ms.translationtype: expected MT (machine translation) or HT (human translation); left out [metadata-type]`,
    );
    // Broken YAML leaves the article out, with an error that does not stop the build.
    expect(lenient.output).toContain(`${place('broken-yaml.mdx')}:8: error: broken YAML: Missing closing "quote`);
    expect(existsSync(path.join(lenient.outDir, 'broken-yaml', 'index.html'))).toBe(false);
    expect(existsSync(path.join(lenient.outDir, 'wrong-type', 'index.html'))).toBe(true);
    expect(lenient.output).toMatch(/7 article\(s\) \(1 left out\)/);
  });
});

describe('a build whose settings name nothing or are not understood', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({
      env: { CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/no-such-folder'), CONTENT_STRICT: 'maybe' },
    });
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('stops before reading an article, naming each setting and what was expected', () => {
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/CONTENT_DIR: error: CONTENT_DIR: no folder at .*no-such-folder: expected a folder/);
    expect(build.output).toContain('CONTENT_STRICT: error: CONTENT_STRICT: "maybe": expected one of 1, true, yes');
    expect(build.output.trim().split('\n').at(-1)).toMatch(/2 setting\(s\) to correct; nothing was published\.$/);
    expect(build.output).not.toMatch(/unhandled error|Stack trace|\bat .*\.(?:ts|js):\d+/i);
  });
});
