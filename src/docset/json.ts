/**
 * A JSON reader that keeps the line of every value, for the JSON configuration files of a Microsoft Docs
 * repository (docfx.json, .openpublishing.*.json). JSON.parse cannot say where a value is, and its error
 * messages carry a position only sometimes, so this small recursive-descent parser follows RFC 8259 itself.
 * Two liberties, both taken by Json.NET, which reads these files for DocFX and Open Publishing: a leading
 * byte order mark is skipped, and so are `//` line comments and slash-star block comments.
 */
import type { Finding, FindingCode } from '../findings/finding.ts';

export type JsonNode =
  | { kind: 'object'; line: number; members: JsonMember[] }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; value: number }
  | { kind: 'boolean'; line: number; value: boolean }
  | { kind: 'null'; line: number };

export type JsonObject = Extract<JsonNode, { kind: 'object' }>;

export interface JsonMember {
  key: string;
  line: number;
  value: JsonNode;
}

/** Nesting beyond this is no configuration file; refusing it keeps the recursion far from the stack limit. */
export const MAX_JSON_DEPTH = 200;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

class JsonSyntaxError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** Reads `text`; a file that is not JSON is a finding with the code `unreadable` names. */
export function parseJson(
  file: string,
  text: string,
  unreadable: FindingCode = 'config-unreadable',
): { root?: JsonNode; diagnostics: Finding[] } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  try {
    const parser = new Parser(text, lineAt);
    const root = parser.document();
    const diagnostics = parser.duplicates.map(({ key, line }): Finding => ({
      code: 'json-duplicate-key',
      file,
      line,
      key,
      message: `expected each key once in an object, got "${key}" again; the last one is used`,
    }));
    return { root, diagnostics };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const diagnostic: Finding = {
      code: unreadable,
      file,
      line: lineAt(error.offset),
      message: `invalid JSON: ${error.message}`,
    };
    return { diagnostics: [diagnostic] };
  }
}

class Parser {
  private position = 0;
  readonly duplicates: { key: string; line: number }[] = [];

  private readonly text: string;
  private readonly lineAt: (offset: number) => number;

  constructor(text: string, lineAt: (offset: number) => number) {
    this.text = text;
    this.lineAt = lineAt;
    if (text.charCodeAt(0) === 0xfeff) this.position = 1;
  }

  document(): JsonNode {
    this.skipSpace();
    if (this.position >= this.text.length) throw this.fail('expected a value, got an empty file');
    const root = this.value(0);
    this.skipSpace();
    if (this.position < this.text.length) throw this.fail(`expected the end of the file, got ${this.found()}`);
    return root;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_JSON_DEPTH) throw this.fail(`expected at most ${MAX_JSON_DEPTH} nested levels, got more`);
    const line = this.lineAt(this.position);
    const char = this.text.charAt(this.position);
    if (char === '{') return this.object(depth, line);
    if (char === '[') return this.array(depth, line);
    if (char === '"') return { kind: 'string', line, value: this.string() };
    if (char === '-' || (char >= '0' && char <= '9')) return { kind: 'number', line, value: this.number() };
    for (const [word, node] of [
      ['true', { kind: 'boolean', line, value: true }],
      ['false', { kind: 'boolean', line, value: false }],
      ['null', { kind: 'null', line }],
    ] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return node;
      }
    }
    throw this.fail(`expected a value, got ${this.found()}`);
  }

  private object(depth: number, line: number): JsonNode {
    this.position += 1;
    const members: JsonMember[] = [];
    const seen = new Map<string, number>();
    this.skipSpace();
    if (this.eat('}')) return { kind: 'object', line, members };
    for (;;) {
      this.skipSpace();
      if (this.text.charAt(this.position) !== '"') {
        const what = this.text.charAt(this.position) === '}' ? 'a trailing comma' : this.found();
        throw this.fail(`expected a quoted key, got ${what}`);
      }
      const keyLine = this.lineAt(this.position);
      const key = this.string();
      this.skipSpace();
      if (!this.eat(':')) throw this.fail(`expected ":" after the key "${key}", got ${this.found()}`);
      this.skipSpace();
      const value = this.value(depth + 1);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, members.length);
        members.push({ key, line: keyLine, value });
      } else {
        // As in JSON.parse: the last value wins, in the place of the first.
        this.duplicates.push({ key, line: keyLine });
        members[earlier] = { key, line: keyLine, value };
      }
      this.skipSpace();
      if (this.eat('}')) return { kind: 'object', line, members };
      if (!this.eat(',')) throw this.fail(`expected "," or "}" after the value of "${key}", got ${this.found()}`);
    }
  }

  private array(depth: number, line: number): JsonNode {
    this.position += 1;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.eat(']')) return { kind: 'array', line, items };
    for (;;) {
      this.skipSpace();
      if (this.text.charAt(this.position) === ']') throw this.fail('expected a value, got a trailing comma');
      items.push(this.value(depth + 1));
      this.skipSpace();
      if (this.eat(']')) return { kind: 'array', line, items };
      if (!this.eat(',')) throw this.fail(`expected "," or "]" after a list item, got ${this.found()}`);
    }
  }

  private string(): string {
    const start = this.position;
    this.position += 1;
    let value = '';
    for (;;) {
      const char = this.text.charAt(this.position);
      if (char === '') {
        this.position = start;
        throw this.fail('expected a closing quote for the string that starts here, got the end of the file');
      }
      if (char === '"') {
        this.position += 1;
        return value;
      }
      if (char === '\n') throw this.fail('expected a closing quote before the end of the line, got a line break');
      if (char < ' ') throw this.fail(`expected an escape such as \\t for control characters, got U+${hex(char)}`);
      if (char === '\\') {
        const escape = this.text.charAt(this.position + 1);
        const replacement = ESCAPES[escape];
        if (replacement !== undefined) {
          value += replacement;
          this.position += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
          value += String.fromCharCode(parseInt(this.text.slice(this.position + 2, this.position + 6), 16));
          this.position += 6;
        } else {
          throw this.fail(`expected an escape such as \\" or \\n or \\u00e9, got \\${escape}`);
        }
        continue;
      }
      value += char;
      this.position += 1;
    }
  }

  private number(): number {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(
      this.text.slice(this.position, this.position + 400),
    );
    if (!match) throw this.fail(`expected a number, got ${this.found()}`);
    this.position += match[0].length;
    return Number(match[0]);
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text.charAt(this.position);
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
        this.position += 1;
      } else if (this.text.startsWith('//', this.position)) {
        const end = this.text.indexOf('\n', this.position);
        this.position = end === -1 ? this.text.length : end;
      } else if (this.text.startsWith('/*', this.position)) {
        const end = this.text.indexOf('*/', this.position + 2);
        if (end === -1) throw this.fail('expected "*/" to close the comment that starts here, got the end of the file');
        this.position = end + 2;
      } else {
        return;
      }
    }
  }

  private eat(char: string): boolean {
    if (this.text.charAt(this.position) !== char) return false;
    this.position += 1;
    return true;
  }

  private found(): string {
    if (this.position >= this.text.length) return 'the end of the file';
    // A string is shown as written, quotes and all.
    const quoted = /^"[^"\n]{0,40}"/.exec(this.text.slice(this.position, this.position + 42))?.[0];
    if (quoted !== undefined) return quoted;
    const word = /^[^\s,:{}[\]"]{1,20}/.exec(this.text.slice(this.position))?.[0];
    return JSON.stringify(word ?? this.text.charAt(this.position));
  }

  private fail(message: string): JsonSyntaxError {
    return new JsonSyntaxError(message, this.position);
  }
}

/** The plain JavaScript value, as JSON.parse would give it. */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const member of node.members) {
        // defineProperty, so that a "__proto__" key is data and not the prototype.
        Object.defineProperty(result, member.key, {
          value: toPlain(member.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

export function member(node: JsonObject, key: string): JsonMember | undefined {
  return node.members.find((candidate) => candidate.key === key);
}

/** A value as a message shows it: strings and numbers as written, containers by kind. */
export function describeJson(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'null';
    case 'string':
      return node.value.length > 60 ? `${JSON.stringify(node.value.slice(0, 57))}…` : JSON.stringify(node.value);
    default:
      return String(node.value);
  }
}

/** Findings for one file, so callers write `problems.add(line, key, message)`, in the file's code unless told another. */
export class Problems {
  readonly diagnostics: Finding[] = [];

  readonly file: string;

  readonly code: FindingCode;

  constructor(file: string, code: FindingCode) {
    this.file = file;
    this.code = code;
  }

  add(line: number | undefined, key: string | undefined, message: string, code: FindingCode = this.code): void {
    this.diagnostics.push({ code, file: this.file, line, key, message });
  }
}
