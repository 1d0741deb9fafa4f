/**
 * DocFX file globs (the `files`, `exclude` and `fileMetadata` patterns of docfx.json) as matchers.
 * Follows DocFX's GlobMatcher: `**` as a whole name is any number of folders (none included), a trailing
 * `**` is one or more names, `**.md` is short for
 * a `**` folder part followed by `*.md`; `*`, `?` and `[...]` stay within one name;
 * `{a,b}` alternatives nest; `\` escapes; a leading `!` negates; names starting with "." are skipped
 * unless the pattern spells the dot or `dot` is set.
 *
 * Case: DocFX's default options include IgnoreCase, and a file mapping turns it off only with `"case": true`.
 * Microsoft Docs repositories are written on Windows, where `TOC.yml` and `toc.yml` are the same file, so
 * patterns are matched without regard to case unless `caseSensitive` is set.
 *
 * Cost: no pattern becomes a backtracking regular expression. A name is matched against a pattern name by
 * a wildcard scan that is O(name × pattern), and folders by a table over (pattern names × path names), so
 * no input can take exponential time. Brace alternatives multiply, so they are capped.
 */

export interface GlobOptions {
  /** DocFX's `"case": true`: match letter case exactly. */
  caseSensitive?: boolean;
  /** DocFX's `"dot": true`: let wildcards match names that start with ".". */
  dot?: boolean;
}

export const MAX_ALTERNATIVES = 1024;
/** Deeper brace nesting than this is not a file pattern anyone writes; it only costs stack. */
const MAX_BRACE_DEPTH = 32;

type Token =
  | { type: 'char'; char: string }
  | { type: 'any' }
  | { type: 'star' }
  | { type: 'class'; negated: boolean; ranges: [string, string][] };

type Part =
  { type: 'globstar'; trailing: boolean } | { type: 'name'; tokens: Token[]; magic: boolean; startsWithDot: boolean };

interface CompiledPattern {
  negated: boolean;
  /** One list of parts per brace alternative; empty when the pattern can match nothing. */
  alternatives: Part[][];
}

class BraceError extends Error {
  readonly reason: 'unbalanced' | 'too-many' | 'too-deep';

  constructor(reason: BraceError['reason']) {
    super(reason);
    this.reason = reason;
  }
}

export function globMatcher(patterns: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const compiled = patterns.map((pattern) => compile(pattern, options));
  return (path) => {
    const names = splitPath(path, options.caseSensitive === true);
    return compiled.some((pattern) => pattern.negated !== matchesAny(pattern.alternatives, names, options));
  };
}

/** What is wrong with a pattern, as messages; DocFX itself mostly stays silent and matches nothing. */
export function globProblems(pattern: string): string[] {
  const problems: string[] = [];
  const body = pattern.replace(/^!+/, '');
  try {
    expandBraces(body);
  } catch (error) {
    if (!(error instanceof BraceError)) throw error;
    problems.push(
      error.reason === 'too-many'
        ? `expected at most ${MAX_ALTERNATIVES} alternatives, got "${pattern}", which has more and matches nothing`
        : error.reason === 'too-deep'
          ? `expected "{...}" nested at most ${MAX_BRACE_DEPTH} deep, got "${pattern}", which matches nothing`
          : `expected every "{" to be closed by "}", got "${pattern}", which matches nothing`,
    );
  }
  if (body.endsWith('/')) {
    problems.push(
      `expected a pattern for files, got "${pattern}", which ends with "/" and matches nothing; write "${body}**"`,
    );
  }
  if (/(?:^|\/)\.\.(?:\/|$)/.test(body)) {
    problems.push(
      `expected a pattern inside the folder, got "${pattern}"; DocFX does not follow "..", so set "src" instead`,
    );
  }
  if (/\\[A-Za-z0-9_]/.test(body)) {
    problems.push(`"\\" escapes the next character in "${pattern}"; separate folders with "/"`);
  }
  return problems;
}

function compile(pattern: string, options: GlobOptions): CompiledPattern {
  const bangs = /^!*/.exec(pattern)?.[0].length ?? 0;
  const negated = bangs % 2 === 1;
  const body = pattern.slice(bangs);
  let expanded: string[];
  try {
    expanded = expandBraces(body);
  } catch (error) {
    if (error instanceof BraceError) return { negated, alternatives: [] };
    throw error;
  }
  // DocFX compares "sales/" as a folder name, and a file is never a folder: such patterns match nothing.
  const alternatives = expanded
    .filter((glob) => !glob.endsWith('/'))
    .map((glob) => compileParts(glob, options.caseSensitive === true));
  return { negated, alternatives };
}

/** `{a,b}c` → `ac`, `bc`. Escaped `\{`, `\,` and `\}` lose their backslash; other escapes stay for later. */
function expandBraces(pattern: string): string[] {
  let position = 0;

  const sequence = (depth: number): string[] => {
    let results = [''];
    const append = (text: string) => (results = results.map((result) => result + text));
    while (position < pattern.length) {
      const char = pattern.charAt(position);
      if (char === '\\') {
        const next = pattern.charAt(position + 1);
        append(next === '' ? '\\' : ',{}'.includes(next) ? next : `\\${next}`);
        position += 2;
      } else if (char === '{') {
        position += 1;
        const choices = group(depth + 1);
        if (results.length * choices.length > MAX_ALTERNATIVES) throw new BraceError('too-many');
        results = results.flatMap((result) => choices.map((choice) => result + choice));
      } else if (depth > 0 && (char === ',' || char === '}')) {
        return results;
      } else if (char === '}') {
        throw new BraceError('unbalanced');
      } else {
        append(char);
        position += 1;
      }
    }
    return results;
  };

  const group = (depth: number): string[] => {
    if (depth > MAX_BRACE_DEPTH) throw new BraceError('too-deep');
    const choices: string[] = [];
    for (;;) {
      choices.push(...sequence(depth));
      if (choices.length > MAX_ALTERNATIVES) throw new BraceError('too-many');
      const char = pattern.charAt(position);
      position += 1;
      if (char === '}') return choices;
      if (char !== ',') throw new BraceError('unbalanced');
    }
  };

  return sequence(0);
}

function compileParts(glob: string, caseSensitive: boolean): Part[] {
  const names: string[] = [];
  for (const name of glob.split('/')) {
    if (name === '') continue;
    // "**.md" is DocFX's shortcut for "**/*.md"; "a**.md" is just "a*.md".
    const shortcut = /^\*{2,}(?=[^*])/.exec(name);
    if (shortcut) names.push('**', `*${name.slice(shortcut[0].length)}`);
    else names.push(name);
  }
  return names.map((name, index): Part => {
    if (/^\*{2,}$/.test(name)) return { type: 'globstar', trailing: index === names.length - 1 };
    const tokens = tokenize(name, caseSensitive);
    const magic = tokens.some((token) => token.type !== 'char');
    return { type: 'name', tokens, magic, startsWithDot: name.startsWith('.') };
  });
}

function tokenize(name: string, caseSensitive: boolean): Token[] {
  const chars = Array.from(name);
  const tokens: Token[] = [];
  const fold = (char: string) => (caseSensitive ? char : foldCase(char));
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '\\') {
      i += 1;
      tokens.push({ type: 'char', char: fold(chars[i] ?? '\\') });
    } else if (char === '?') {
      tokens.push({ type: 'any' });
    } else if (char === '*') {
      // Runs of stars inside a name are one star: "a**b" means "a*b".
      if (tokens.at(-1)?.type !== 'star') tokens.push({ type: 'star' });
    } else if (char === '[') {
      const parsed = charClass(chars, i, fold);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ type: 'char', char: '[' });
      }
    } else {
      tokens.push({ type: 'char', char: fold(char) });
    }
  }
  return tokens;
}

/**
 * `[a-z]`, `[^0-9]`, `[!0-9]`. DocFX hands the class to .NET regular expressions, where only `^` negates;
 * `!` is accepted too because every other glob dialect uses it and no file name starts a class with "!".
 */
function charClass(
  chars: string[],
  start: number,
  fold: (char: string) => string,
): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === '^' || chars[i] === '!';
  if (negated) i += 1;
  const ranges: [string, string][] = [];
  for (; i < chars.length; i++) {
    let char = chars[i] ?? '';
    if (char === ']' && ranges.length > 0) return { token: { type: 'class', negated, ranges }, end: i };
    if (char === '\\') char = chars[++i] ?? '\\';
    const high = chars[i + 2];
    if (chars[i + 1] === '-' && high !== undefined && high !== ']') {
      ranges.push([fold(char), fold(high)]);
      i += 2;
    } else {
      ranges.push([fold(char), fold(char)]);
    }
  }
  return undefined;
}

function splitPath(path: string, caseSensitive: boolean): string[][] {
  return path
    .split('/')
    .filter((name) => name !== '' && name !== '.')
    .map((name) => Array.from(name, (char) => (caseSensitive ? char : foldCase(char))));
}

/** Lower case one character at a time, so that a name keeps its length (Turkish "İ" lowers to two). */
function foldCase(char: string): string {
  const lower = char.toLowerCase();
  return Array.from(lower).length === 1 ? lower : char;
}

function matchesAny(alternatives: Part[][], names: string[][], options: GlobOptions): boolean {
  return alternatives.some((parts) => matchParts(parts, names, options));
}

/** reachable[i] after part j: the first i names can be matched by the first j parts. */
function matchParts(parts: Part[], names: string[][], options: GlobOptions): boolean {
  let reachable: boolean[] = Array.from({ length: names.length + 1 }, (_, i) => i === 0);
  for (const part of parts) {
    const next: boolean[] = Array.from({ length: names.length + 1 }, () => false);
    for (let i = 0; i <= names.length; i++) {
      if (!reachable[i]) continue;
      if (part.type === 'globstar') {
        if (!part.trailing) next[i] = true;
        for (let k = i; k < names.length && globstarMayCross(names[k] ?? [], options); k++) next[k + 1] = true;
      } else if (i < names.length && nameMatches(part, names[i] ?? [], options)) {
        next[i + 1] = true;
      }
    }
    reachable = next;
  }
  return reachable[names.length] === true;
}

function globstarMayCross(name: string[], options: GlobOptions): boolean {
  if (isDotOrDotDot(name)) return false;
  return options.dot === true || name[0] !== '.';
}

function isDotOrDotDot(name: string[]): boolean {
  return name.length <= 2 && name.every((char) => char === '.');
}

function nameMatches(part: Extract<Part, { type: 'name' }>, name: string[], options: GlobOptions): boolean {
  if (part.magic && !part.startsWithDot) {
    if (options.dot === true ? isDotOrDotDot(name) : name[0] === '.') return false;
  }
  return wildcardMatch(part.tokens, name, options.caseSensitive === true);
}

/** The classic one-star-backtrack wildcard scan: O(name × tokens), never exponential. */
function wildcardMatch(tokens: Token[], name: string[], caseSensitive: boolean): boolean {
  let t = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token !== undefined && token.type !== 'star' && tokenMatches(token, name[n] ?? '', caseSensitive)) {
      t += 1;
      n += 1;
    } else if (token?.type === 'star') {
      starAt = t;
      resumeAt = n;
      t += 1;
    } else if (starAt >= 0) {
      t = starAt + 1;
      resumeAt += 1;
      n = resumeAt;
    } else {
      return false;
    }
  }
  while (tokens[t]?.type === 'star') t += 1;
  return t === tokens.length;
}

function tokenMatches(token: Exclude<Token, { type: 'star' }>, char: string, caseSensitive: boolean): boolean {
  switch (token.type) {
    case 'any':
      return true;
    case 'char':
      return token.char === char;
    case 'class': {
      const candidates = caseSensitive ? [char] : [char, char.toUpperCase()];
      const inClass = token.ranges.some(([low, high]) => candidates.some((c) => c >= low && c <= high));
      return inClass !== token.negated;
    }
  }
}
