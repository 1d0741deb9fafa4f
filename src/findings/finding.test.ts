import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_CODE_LIST, FINDING_CODES } from './codes.ts';
import { formatDiagnostic, judge, leavesOut, severityOf, stopsBuild } from './finding.ts';

describe('finding codes', () => {
  it('are kebab-case and each says what it means', () => {
    for (const code of FINDING_CODE_LIST) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(FINDING_CODES[code].means.length, code).toBeGreaterThan(10);
    }
  });

  it('stop a build of our own content at any error, a delivered doc set only when nothing can be published', () => {
    const stopping = (strict: boolean) => FINDING_CODE_LIST.filter((code) => stopsBuild(code, strict));
    expect(stopping(false).sort()).toEqual(['config-unreadable', 'no-articles', 'setting-invalid']);
    expect(stopping(true)).toEqual(expect.arrayContaining(['image-missing', 'metadata-type', 'file-encoding']));
    expect(stopping(true)).not.toContain('xref-unresolved');
  });

  it('make an edit-only defect an error for our content and a warning for a delivered doc set', () => {
    expect([severityOf('link-empty', true), severityOf('link-empty', false)]).toEqual(['error', 'warning']);
    expect([severityOf('file-encoding', true), severityOf('file-encoding', false)]).toEqual(['error', 'error']);
    expect([severityOf('image-case', true), severityOf('image-case', false)]).toEqual(['warning', 'warning']);
  });

  it('leave out an article only for what makes it unreadable as an article', () => {
    const leaving = FINDING_CODE_LIST.filter(leavesOut).sort();
    expect(leaving).toEqual([
      'file-empty',
      'file-encoding',
      'frontmatter-invalid',
      'mdx-invalid',
      'nesting-limit',
      'route-collision',
      'route-reserved',
    ]);
  });

  it('are shown at the end of the line, where editors still link the place', () => {
    const finding = { code: 'metadata-type' as const, file: 'a.md', line: 3, key: 'ms.date', message: 'expected text' };
    expect(formatDiagnostic(judge(finding, false))).toBe('a.md:3: warning: ms.date: expected text [metadata-type]');
    expect(formatDiagnostic(judge(finding, true))).toBe('a.md:3: error: ms.date: expected text [metadata-type]');
  });
});

describe("the README's table of finding codes", () => {
  it('lists every code with its class, and no other', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Finding codes'));
    const table = section.slice(0, section.indexOf('\n#', 1));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` +\| ([a-z]+)(, leaves out)? +\|/gm)].map(
      ([, code, kind, leaving]) => [code, kind, Boolean(leaving)],
    );
    expect(rows).toEqual(FINDING_CODE_LIST.map((code) => [code, FINDING_CODES[code].class, leavesOut(code)]));
  });
});
