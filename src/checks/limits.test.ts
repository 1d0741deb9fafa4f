import { describe, expect, it } from 'vitest';
import { deepestNesting, MAX_NESTING, yamlAliases } from './limits.ts';

describe('deepestNesting', () => {
  it('counts block quotes and list items a line opens, with the line', () => {
    expect(deepestNesting('a\n> b\n> > - c\n')).toEqual({ depth: 3, line: 3 });
    expect(deepestNesting('1. a\n   - b\n')).toEqual({ depth: 1, line: 1 });
    expect(deepestNesting('*emphasis* and -1 and 3.5\n')).toEqual({ depth: 0, line: 1 });
  });

  it('stops counting past the limit, so a hostile line costs little', () => {
    const { depth, line } = deepestNesting(`x\n${'>'.repeat(5000)} y\n${'- '.repeat(3000)}z\n`);
    expect(depth).toBe(MAX_NESTING + 1);
    expect(line).toBe(2);
  });
});

describe('yamlAliases', () => {
  it('counts "*name" references, not emphasis or globs in values', () => {
    expect(yamlAliases('a: &x [1, 2]\nb: *x\nc: [*x, *x]\n')).toBe(3);
    expect(yamlAliases('title: "**bold** text"\nglob: "**/*.md"\n')).toBe(0);
  });
});
