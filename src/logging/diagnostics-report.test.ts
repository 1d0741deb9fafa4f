import { describe, expect, it } from 'vitest';
import type { Diagnostic, FindingCode } from '../findings/finding.ts';
import { diagnosticLines, groupWarnings, WARNINGS_LISTED } from './diagnostics-report.ts';

const warning = (file: string, line: number, message: string, code: FindingCode): Diagnostic => ({
  code,
  file,
  line,
  message,
  severity: 'warning',
});

describe('diagnosticLines', () => {
  const many = Array.from({ length: 30 }, (_, index) =>
    warning(`/site/docs/a${index}.md`, index + 1, `link to https://x.example/${index} has no text`, 'link-empty'),
  );
  const others = [
    warning('/site/docs/sub/b.md', 7, 'unknown key', 'metadata-unknown'),
    warning('/site/docs/c.md', 2, 'unknown key; did you mean "title"?', 'metadata-unknown'),
  ];

  it('lists every warning while they are few', () => {
    const few = many.slice(0, WARNINGS_LISTED);
    expect(diagnosticLines(few, { folder: '/site/docs' })).toHaveLength(WARNINGS_LISTED);
  });

  it('groups many warnings by code, biggest first, with their first places from the content folder', () => {
    const lines = diagnosticLines([...many, ...others], { folder: '/site/docs', report: 'dist.report.txt' });
    expect(lines.map((line) => line.text)).toEqual([
      '30 × link-empty: a link without words; shown with its address as its words (a0.md:1, a1.md:2, a2.md:3, …)',
      '2 × metadata-unknown: a metadata key no reference knows ("did you mean") (sub/b.md:7, c.md:2)',
      '32 warning(s) of 2 code(s), paths from /site/docs; every one in dist.report.txt; BUILD_LOG=all prints each',
    ]);
  });

  it('groups by code, never by wording: messages that differ in every word are one group', () => {
    const worded = [
      warning('/site/docs/a.md', 1, 'first wording', 'image-missing'),
      warning('/site/docs/b.md', 1, 'a wholly different sentence', 'image-missing'),
    ];
    expect(groupWarnings(worded).map((group) => [group.code, group.count])).toEqual([['image-missing', 2]]);
  });

  it('always lists every error, and every warning when asked to', () => {
    const error: Diagnostic = {
      code: 'file-empty',
      file: '/site/docs/x.md',
      line: 1,
      message: 'broken',
      severity: 'error',
    };
    const lines = diagnosticLines([...many, error], { folder: '/site/docs' });
    expect(lines[0]).toEqual({ severity: 'error', text: '/site/docs/x.md:1: error: broken [file-empty]' });
    expect(diagnosticLines([...many, error], { folder: '/site/docs', all: true })).toHaveLength(31);
  });

  it('groups in order of size, then of code', () => {
    const mixed = [...others, warning('/site/docs/d.md', 3, 'x', 'image-case')];
    expect(groupWarnings(mixed).map((group) => [group.code, group.count])).toEqual([
      ['metadata-unknown', 2],
      ['image-case', 1],
    ]);
  });
});
