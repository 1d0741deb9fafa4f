import { describe, expect, it } from 'vitest';
import { describeJson, parseJson, toPlain, type JsonNode } from './json.ts';

const errorOf = (text: string) => {
  const { root, diagnostics } = parseJson('docfx.json', text);
  expect(root).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0];
};

describe('parseJson', () => {
  it('gives the same values as JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "\\u0161\\n\\"x\\""}, "": 0}';
    const { root, diagnostics } = parseJson('f.json', text);
    expect(diagnostics).toEqual([]);
    expect(toPlain(root as JsonNode)).toEqual(JSON.parse(text));
  });

  it('keeps the line of every key and value', () => {
    const { root } = parseJson(
      'f.json',
      '{\n  "build": {\n    "dest": "x",\n    "content": [\n      "a"\n    ]\n  }\n}\n',
    );
    expect(root?.kind).toBe('object');
    if (root?.kind !== 'object') return;
    const build = root.members[0];
    expect(build).toMatchObject({ key: 'build', line: 2 });
    if (build?.value.kind !== 'object') throw new Error('build is an object');
    expect(build.value.members.map((m) => [m.key, m.line, m.value.line])).toEqual([
      ['dest', 3, 3],
      ['content', 4, 4],
    ]);
    const content = build.value.members[1]?.value;
    expect(content?.kind === 'array' && content.items[0]?.line).toBe(5);
  });

  it('reports a trailing comma on its line', () => {
    expect(errorOf('{\n  "files": [\n    "**/*.md",\n  ]\n}\n')).toEqual({
      code: 'config-unreadable',
      file: 'docfx.json',
      line: 4,
      message: 'invalid JSON: expected a value, got a trailing comma',
    });
    expect(errorOf('{\n  "a": 1,\n}')?.message).toBe('invalid JSON: expected a quoted key, got a trailing comma');
  });

  it('reports a missing comma on the line of the next key', () => {
    const error = errorOf('{\n  "dest": "site"\n  "content": []\n}');
    expect(error).toMatchObject({ line: 3 });
    expect(error?.message).toBe('invalid JSON: expected "," or "}" after the value of "dest", got "content"');
  });

  it('reports unquoted words, unclosed strings and empty files', () => {
    expect(errorOf('{\n"a": tru }')).toMatchObject({ line: 2, message: 'invalid JSON: expected a value, got "tru"' });
    expect(errorOf('{\n"a": "x\n"}')).toMatchObject({ line: 2 });
    expect(errorOf('{\n\n"a": "x')).toMatchObject({
      line: 3,
      message: 'invalid JSON: expected a closing quote for the string that starts here, got the end of the file',
    });
    expect(errorOf('  \n')).toMatchObject({ line: 2, message: 'invalid JSON: expected a value, got an empty file' });
    expect(errorOf('{} {}')).toMatchObject({ message: 'invalid JSON: expected the end of the file, got "{"' });
    expect(errorOf("{'a': 1}")).toMatchObject({ message: 'invalid JSON: expected a quoted key, got "\'a\'"' });
  });

  it('skips a byte order mark and comments, as Json.NET does for DocFX', () => {
    const { root, diagnostics } = parseJson('f.json', '\uFEFF{\n  // old\n  "a": /* inline */ 1\n}');
    expect(diagnostics).toEqual([]);
    expect(toPlain(root as JsonNode)).toEqual({ a: 1 });
  });

  it('warns about a repeated key and keeps the last value, like JSON.parse', () => {
    const { root, diagnostics } = parseJson('f.json', '{\n"a": 1,\n"b": 2,\n"a": 3\n}');
    expect(toPlain(root as JsonNode)).toEqual({ a: 3, b: 2 });
    expect(diagnostics).toEqual([
      {
        code: 'json-duplicate-key',
        file: 'f.json',
        line: 4,
        key: 'a',
        message: 'expected each key once in an object, got "a" again; the last one is used',
      },
    ]);
  });

  it('keeps "__proto__" as a plain key', () => {
    const plain = toPlain(parseJson('f.json', '{"__proto__": {"x": 1}}').root as JsonNode) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(['__proto__']);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const error = errorOf('['.repeat(100_000) + ']'.repeat(100_000));
    expect(error?.message).toBe('invalid JSON: expected at most 200 nested levels, got more');
  });
});

describe('describeJson', () => {
  it('shows scalars as written and containers by kind', () => {
    const { root } = parseJson('f.json', '[42, "x", null, {}, [], true]');
    expect(root?.kind === 'array' && root.items.map(describeJson)).toEqual([
      '42',
      '"x"',
      'null',
      'an object',
      'a list',
      'true',
    ]);
  });
});
