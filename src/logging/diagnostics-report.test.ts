import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../checks/diagnostics.ts';
import { diagnosticLines, groupWarnings, warningKind, WARNINGS_LISTED } from './diagnostics-report.ts';

const warning = (file: string, line: number, message: string): Diagnostic => ({
  file,
  line,
  message,
  severity: 'warning',
});

describe('warningKind', () => {
  it('takes out what differs from one occurrence to the next', () => {
    expect(warningKind('link to https://a.example/x?y=1 has no text: expected words for a reader to click')).toBe(
      'link to … has no text: expected words for a reader to click',
    );
    expect(warningKind('image file name differs in case: written "media/a.gif", the file is "media/A.gif"')).toBe(
      'image file name differs in case: written "…", the file is "…"',
    );
    expect(warningKind('removed 3 obsolete attribute(s)')).toBe('removed N obsolete attribute(s)');
    expect(warningKind('link to ms-settings:network?x=1 has no text')).toBe('link to … has no text');
    expect(warningKind('link to  has no text')).toBe('link to … has no text');
  });
});

describe('diagnosticLines', () => {
  const many = Array.from({ length: 30 }, (_, index) =>
    warning(`/site/docs/a${index}.md`, index + 1, `link to https://x.example/${index} has no text: expected words`),
  );
  const others = [warning('/site/docs/sub/b.md', 7, 'unknown key'), warning('/site/docs/c.md', 2, 'unknown key')];

  it('lists every warning while they are few', () => {
    const few = many.slice(0, WARNINGS_LISTED);
    expect(diagnosticLines(few, { folder: '/site/docs' })).toHaveLength(WARNINGS_LISTED);
  });

  it('groups many warnings by kind, biggest first, with their first places from the content folder', () => {
    const lines = diagnosticLines([...many, ...others], { folder: '/site/docs', report: 'dist.report.txt' });
    expect(lines.map((line) => line.text)).toEqual([
      '30 × link to … has no text: expected words (a0.md:1, a1.md:2, a2.md:3, …)',
      '2 × unknown key (sub/b.md:7, c.md:2)',
      '32 warning(s) in 2 kind(s), paths from /site/docs; every one in dist.report.txt; BUILD_LOG=all prints each',
    ]);
  });

  it('always lists every error, and every warning when asked to', () => {
    const error: Diagnostic = { file: '/site/docs/x.md', line: 1, message: 'broken', severity: 'error' };
    const lines = diagnosticLines([...many, error], { folder: '/site/docs' });
    expect(lines[0]).toEqual({ severity: 'error', text: '/site/docs/x.md:1: error: broken' });
    expect(diagnosticLines([...many, error], { folder: '/site/docs', all: true })).toHaveLength(31);
  });

  it('groups in order of size, then of kind', () => {
    expect(groupWarnings(others).map((group) => [group.kind, group.count])).toEqual([['unknown key', 2]]);
  });
});
