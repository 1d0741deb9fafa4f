import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFiles } from '../../src/logging/build-report';
import { buildSite, projectRoot, type BuildResult } from '../support/build';

const folder = path.join(projectRoot, 'tests/fixtures/hostile');

/** What must never reach a page: elements that run, load or send, handlers, code-running addresses. */
export const DANGEROUS = [
  /<(?:script|iframe|frame|object|embed|form|input|button|textarea|select|svg|math|meta\s+http-equiv="refresh"|base|template|video|audio|style)\b/i,
  /<[^>]*\son[a-z]+\s*=/i,
  /<[^>]*\s(?:href|src|srcset|cite|poster|action|formaction|data|background)\s*=\s*"\s*(?:javascript|vbscript|data:text|data:image\/svg)/i,
  /<[^>]*\s(?:style|target|srcset|tabindex)\s*=/i,
  // Nothing loads from another site: its images are links, its styles and frames gone.
  /<(?:img|link|source|track|image)\b[^>]*\s(?:src|href|srcset)="(?:https?:)?\/\//i,
];

describe('a folder of hostile articles', () => {
  let lenient: BuildResult;
  let strict: BuildResult;
  beforeAll(() => {
    lenient = buildSite({ env: { CONTENT_DIR: folder } });
    strict = buildSite({ env: { CONTENT_DIR: folder, CONTENT_STRICT: '1' } });
  });
  afterAll(() => {
    for (const build of [lenient, strict]) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('publishes pages with none of the dangerous constructs', () => {
    expect(lenient.status, lenient.output).toBe(0);
    const html = readFileSync(path.join(lenient.outDir, 'raw-html/index.html'), 'utf8');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    for (const pattern of DANGEROUS) expect(article, String(pattern)).not.toMatch(pattern);
    expect(article).toContain('Noklikšķiniet šeit');
    expect(article).toContain('<a href="https://evil.example/track.png">izsekotājs</a>');
  });

  it('reports each removal with file and line: a warning for delivered sources, an error for our own', () => {
    const place = 'tests/fixtures/hostile/raw-html.md';
    for (const finding of [
      `${place}:9: warning: raw HTML: removed onerror="…" from <img>: it runs code`,
      `${place}:17: warning: raw HTML: removed href="javascript:alert(5)" from <a>: its scheme can run code`,
      `${place}:27: warning: raw HTML: removed <iframe> and its content`,
      `${place}:33: warning: raw HTML: removed <form> and its content`,
    ]) {
      // Past a few, the log groups warnings by kind; the report beside the output lists each.
      expect(readFileSync(reportFiles(lenient.outDir).text, 'utf8')).toContain(finding);
    }
    // Grouped by code: every removal is one kind of finding, however each is worded.
    expect(lenient.output).toMatch(/\d+ × html-removed: raw HTML the allowlist removed .*\(raw-html\.md:9, /);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain(`${place}:9: error: raw HTML: removed onerror="…" from <img>: it runs code`);
  });

  it('leaves markup in code blocks and inline code as text', () => {
    const html = readFileSync(path.join(lenient.outDir, 'code/index.html'), 'utf8');
    expect(html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(html).toContain('&lt;iframe src="javascript:alert(3)"&gt;&lt;/iframe&gt;');
    expect(lenient.output).not.toContain('tests/fixtures/hostile/code.md');
  });
});
