import { describe, expect, it } from 'vitest';
import { globMatcher, globProblems } from './glob.ts';

const matches = (patterns: string | readonly string[], path: string, options = {}) =>
  globMatcher(typeof patterns === 'string' ? [patterns] : patterns, options)(path);

describe('globMatcher', () => {
  it('lets ** stand for any number of folders, including none', () => {
    expect(matches('**/*.md', 'index.md')).toBe(true);
    expect(matches('**/*.md', 'sales/win-quote.md')).toBe(true);
    expect(matches('**/*.md', 'a/b/c/d.md')).toBe(true);
    expect(matches('**/*.md', 'sales/win-quote.yml')).toBe(false);
    expect(matches('sales/**/*.md', 'sales/x.md')).toBe(true);
    expect(matches('sales/**/*.md', 'sales/pro/x.md')).toBe(true);
    expect(matches('sales/**/*.md', 'pro/sales/x.md')).toBe(false);
  });

  it('reads **.md as **/*.md, as DocFX does', () => {
    expect(matches('articles/**.md', 'articles/a/b.md')).toBe(true);
    expect(matches('articles/**.md', 'articles/b.md')).toBe(true);
  });

  it('needs at least one name after a trailing **', () => {
    expect(matches('_themes/**', '_themes/a/b.css')).toBe(true);
    expect(matches('_themes/**', '_themes/x.md')).toBe(true);
    expect(matches('_themes/**', '_themes')).toBe(false);
    expect(matches('**/includes/**', 'includes/a.md')).toBe(true);
    expect(matches('**/includes/**', 'sales/includes/a.md')).toBe(true);
    expect(matches('**/includes/**', 'sales/includes.md')).toBe(false);
  });

  it('keeps * and ? within one folder name', () => {
    expect(matches('*.md', 'index.md')).toBe(true);
    expect(matches('*.md', 'sales/index.md')).toBe(false);
    expect(matches('sales/?.md', 'sales/a.md')).toBe(true);
    expect(matches('sales/?.md', 'sales/ab.md')).toBe(false);
    expect(matches('s*s/*', 'sales/x.md')).toBe(true);
    expect(matches('s*s/*', 'sales/x/y.md')).toBe(false);
  });

  it('expands {a,b} alternatives, nested ones too', () => {
    const images = globMatcher(['**/*.{png,jpg,{svg,gif}}']);
    expect(['a.png', 'media/b.jpg', 'c.svg', 'd/e/f.gif'].map(images)).toEqual([true, true, true, true]);
    expect(images('a.jpeg')).toBe(false);
    expect(matches('{sales,time}/*.md', 'time/x.md')).toBe(true);
    expect(matches('{sales,time}/*.md', 'expense/x.md')).toBe(false);
  });

  it('supports character classes', () => {
    expect(matches('v[0-9].md', 'v7.md')).toBe(true);
    expect(matches('v[0-9].md', 'vx.md')).toBe(false);
    expect(matches('v[!0-9].md', 'vx.md')).toBe(true);
    expect(matches('v[^0-9].md', 'v7.md')).toBe(false);
  });

  it('ignores case unless told otherwise, like DocFX', () => {
    expect(matches('**/TOC.yml', 'articles/toc.yml')).toBe(true);
    expect(matches('README.md', 'readme.MD')).toBe(true);
    expect(matches('**/ĀBOLS/*.md', 'ābols/x.md')).toBe(true);
    expect(matches('README.md', 'readme.md', { caseSensitive: true })).toBe(false);
  });

  it('leaves names starting with a dot alone unless the pattern names the dot', () => {
    expect(matches('**/*.md', '.github/x.md')).toBe(false);
    expect(matches('*', '.openpublishing.redirection.json')).toBe(false);
    expect(matches('.github/*.md', '.github/x.md')).toBe(true);
    expect(matches('**/*.md', '.github/x.md', { dot: true })).toBe(true);
  });

  it('negates a pattern that starts with !', () => {
    expect(matches('!**/*.md', 'a.png')).toBe(true);
    expect(matches('!**/*.md', 'a.md')).toBe(false);
  });

  it('treats a backslash as an escape, not a folder separator', () => {
    expect(matches('a\\*.md', 'a*.md')).toBe(true);
    expect(matches('a\\*.md', 'ab.md')).toBe(false);
    expect(matches('\\{a,b\\}.md', '{a,b}.md')).toBe(true);
  });

  it('matches any of several patterns, and nothing for none', () => {
    const either = globMatcher(['**/*.md', '**/*.yml']);
    expect(either('a/toc.yml')).toBe(true);
    expect(either('a/b.png')).toBe(false);
    expect(globMatcher([])('a.md')).toBe(false);
  });

  it('ignores empty and "." names in the path', () => {
    expect(matches('sales/*.md', './sales//x.md')).toBe(true);
  });

  it('matches nothing for unbalanced braces, a trailing slash, or too many alternatives', () => {
    expect(matches('{a,b.md', 'a')).toBe(false);
    expect(matches('a,b}.md', 'a,b}.md')).toBe(false);
    expect(matches('sales/', 'sales')).toBe(false);
    const explosive = '{a,b}'.repeat(20) + '.md';
    expect(matches(explosive, 'ab.md')).toBe(false);
  });

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const pattern = '**/' + 'a*'.repeat(30) + 'b';
    const path = 'x/'.repeat(50) + 'a'.repeat(200);
    const started = performance.now();
    expect(matches(pattern, path)).toBe(false);
    expect(matches('**/**/**/**/**/**/**/**/**/**/z', 'a/'.repeat(200) + 'y')).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('globProblems', () => {
  it('says nothing about ordinary patterns', () => {
    expect(globProblems('**/*.{md,yml}')).toEqual([]);
    expect(globProblems('_themes/**')).toEqual([]);
  });

  it('names patterns that match nothing or that DocFX warns about', () => {
    expect(globProblems('{a,b.md')).toEqual([
      'expected every "{" to be closed by "}", got "{a,b.md", which matches nothing',
    ]);
    expect(globProblems('sales/')).toEqual([
      'expected a pattern for files, got "sales/", which ends with "/" and matches nothing; write "sales/**"',
    ]);
    expect(globProblems('../images/*.png')[0]).toMatch(
      /expected a pattern inside the folder, got "..\/images\/\*.png"/,
    );
    expect(globProblems('media\\images/*.png')[0]).toMatch(/"\\" escapes the next character/);
    expect(globProblems('{a,b}'.repeat(20))[0]).toMatch(/expected at most 1024 alternatives, got "\{a,b\}/);
  });
});
