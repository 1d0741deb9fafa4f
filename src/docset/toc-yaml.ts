import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, FindingCode } from '../findings/finding.ts';
import { classify, MAX_TOC_DEPTH, MAX_TOC_NODES, newNode, type TocNode, type TocResult } from './toc-model.ts';

/**
 * toc.yml: a list of items, or the newer `{ items: [...] }` root object, read with the line of
 * every item; nesting is capped so a hostile file yields a problem, not a stack overflow.
 */

const TEXT_KEYS = ['name', 'href', 'topicHref', 'tocHref', 'uid', 'topicUid', 'displayName'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const KNOWN_KEYS = new Set<string>([...TEXT_KEYS, 'items', 'expanded']);
const KNOWN_BY_LOWER_CASE = new Map([...KNOWN_KEYS].map((key) => [key.toLowerCase(), key]));
export function parseYamlToc(fileName: string, text: string): TocResult {
  const lineCounter = new LineCounter();
  const diagnostics: Finding[] = [];
  let doc: Document.Parsed;
  try {
    // prettyErrors off keeps messages to one line; the line comes from the offset instead.
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    // The yaml library recurses over nested flow collections; absurd nesting exhausts the stack there.
    if (!(error instanceof RangeError)) throw error;
    const message = `expected TOC items nested at most ${MAX_TOC_DEPTH} deep, got a file too deeply nested to read`;
    return { items: [], diagnostics: [{ code: 'toc-invalid', file: fileName, message }] };
  }
  // The yaml library reports its own stack overflow, often many times over: one problem says it.
  const overflow = doc.errors.find((error) => error.message.startsWith('Maximum call stack size exceeded'));
  if (overflow !== undefined) {
    const message = `expected TOC items nested at most ${MAX_TOC_DEPTH} deep, got a file too deeply nested to read`;
    const line = lineCounter.linePos(overflow.pos[0]).line;
    return { items: [], diagnostics: [{ code: 'toc-invalid', file: fileName, line, message }] };
  }
  for (const [problems, code] of [
    [doc.errors, 'toc-invalid'],
    [doc.warnings, 'toc-entry'],
  ] as const) {
    for (const problem of problems) {
      const line = lineCounter.linePos(problem.pos[0]).line;
      diagnostics.push({ code, file: fileName, line, message: `invalid YAML: ${problem.message}` });
    }
  }
  if (doc.errors.length > 0) return { items: [], diagnostics };

  const reader = new YamlTocReader(fileName, doc, lineCounter, diagnostics);
  return { items: reader.root(), diagnostics };
}

class YamlTocReader {
  private nodes = 0;
  private readonly aliases = new Map<Node, Node | null>();
  private exhausted = false;

  private readonly file: string;
  private readonly doc: Document.Parsed;
  private readonly lineCounter: LineCounter;
  private readonly diagnostics: Finding[];

  constructor(file: string, doc: Document.Parsed, lineCounter: LineCounter, diagnostics: Finding[]) {
    this.file = file;
    this.doc = doc;
    this.lineCounter = lineCounter;
    this.diagnostics = diagnostics;
  }

  root(): TocNode[] {
    const contents = this.resolve(this.doc.contents);
    if (contents === null || (isScalar(contents) && contents.value === null)) {
      this.problem(1, undefined, 'expected a list of TOC items, got an empty file', 'toc-invalid');
      return [];
    }
    if (isSeq(contents)) return this.items(contents, 1);
    if (isMap(contents)) {
      const items = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'items');
      if (items !== undefined)
        return this.itemsValue(items.value as Node | null, this.lineOf(items.key as Node) ?? 1, 1);
      this.problem(
        this.lineOf(contents),
        undefined,
        'expected a list of TOC items or an object with "items", got an object without "items"',
        'toc-invalid',
      );
      return [];
    }
    const got = this.describe(contents);
    this.problem(this.lineOf(contents), undefined, `expected a list of TOC items, got ${got}`, 'toc-invalid');
    return [];
  }

  private itemsValue(value: Node | null, line: number, depth: number): TocNode[] {
    const resolved = this.resolve(value);
    if (resolved === null || (isScalar(resolved) && resolved.value === null)) return [];
    if (isSeq(resolved)) return this.items(resolved, depth);
    this.problem(
      this.lineOf(resolved) ?? line,
      'items',
      `expected "items" to be a list, got ${this.describe(resolved)}`,
    );
    return [];
  }

  private items(seq: Node & { items: unknown[] }, depth: number): TocNode[] {
    const nodes: TocNode[] = [];
    if (depth > MAX_TOC_DEPTH) {
      this.problem(
        this.lineOf(seq),
        'items',
        `expected TOC items nested at most ${MAX_TOC_DEPTH} deep, got deeper; these are left out`,
      );
      return nodes;
    }
    for (const raw of seq.items) {
      if (this.exhausted) break;
      this.nodes += 1;
      if (this.nodes > MAX_TOC_NODES) {
        this.exhausted = true;
        this.problem(
          this.lineOf(raw as Node),
          undefined,
          `expected at most ${MAX_TOC_NODES} TOC items, got more; the rest are left out`,
        );
        break;
      }
      const item = this.item(raw as Node | null, depth);
      if (item !== undefined) nodes.push(item);
    }
    return nodes;
  }

  private item(raw: Node | null, depth: number): TocNode | undefined {
    const line = this.lineOf(raw) ?? 1;
    const value = this.resolve(raw);
    if (!isMap(value)) {
      const got = value === null ? 'nothing' : this.describe(value);
      this.problem(line, undefined, `expected a TOC item with "name" and "href", got ${got}`);
      return undefined;
    }
    const node = newNode(line);
    // Keys written, including near misses: trouble with their values is reported where they are.
    const written = new Set<string>();
    for (const pair of value.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      const keyLine = this.lineOf(keyNode) ?? line;
      if (key === undefined) continue;
      written.add(key);
      if (key === 'items') {
        node.items = this.itemsValue(pair.value as Node | null, keyLine, depth + 1);
      } else if ((TEXT_KEYS as readonly string[]).includes(key)) {
        const text = this.text(pair.value as Node | null, key, keyLine);
        if (text !== undefined) node[key as TextKey] = text;
      } else if (!KNOWN_KEYS.has(key)) {
        const intended = this.nearMiss(key, pair.value as Node | null, keyLine);
        if (intended !== undefined) written.add(intended);
      }
    }
    classify(node);
    if (node.name === '' && !written.has('name')) {
      if (node.kind === 'group') {
        this.problem(line, 'name', 'expected "name" for an item without "href", got none');
      } else {
        this.problem(
          line,
          'name',
          `expected "name", got none; DocFX takes the title of ${node.href ?? node.uid ?? node.topicUid ?? 'the article'}`,
        );
      }
    }
    const addressWritten = ['href', 'topicHref', 'tocHref', 'uid', 'topicUid', 'items'].some((k) => written.has(k));
    if (node.kind === 'group' && !addressWritten) {
      this.problem(
        line,
        undefined,
        `expected "href" or "items" under "${node.name}", got neither, so it leads nowhere`,
      );
    }
    return node;
  }

  private text(raw: Node | null, key: string, line: number): string | undefined {
    const value = this.resolve(raw);
    if (isScalar(value)) {
      if (value.value === null) {
        this.problem(line, key, `expected a value after "${key}:", got nothing`);
        return undefined;
      }
      if (typeof value.value === 'string') return value.value;
      // "name: 2024" or "name: 1.10" is text to DocFX; keep it as written, not as the number.
      if (typeof value.value === 'number' || typeof value.value === 'boolean')
        return value.source ?? String(value.value);
    }
    this.problem(this.lineOf(value) ?? line, key, `expected "${key}" to be text, got ${this.describe(value)}`);
    return undefined;
  }

  /** Warns about a key DocFX ignores but the writer surely meant as a known one; returns that one. */
  private nearMiss(key: string, value: Node | null, line: number): string | undefined {
    const intended = key.toLowerCase() === 'item' ? 'items' : KNOWN_BY_LOWER_CASE.get(key.toLowerCase());
    if (intended === undefined) return undefined;
    const resolved = this.resolve(value);
    const lost =
      intended === 'items' && isSeq(resolved) ? `, so its ${resolved.items.length} entries are left out` : '';
    const why = intended.toLowerCase() === key.toLowerCase() ? ' (keys are case-sensitive)' : '';
    this.problem(line, key, `expected "${intended}"${why}, got "${key}", which DocFX ignores${lost}`);
    return intended;
  }

  private resolve(node: Node | null | undefined): Node | null {
    if (node === undefined || node === null) return null;
    if (!isAlias(node)) return node;
    // Alias.resolve searches the whole document; an alias repeated through other aliases would repeat that.
    let target = this.aliases.get(node);
    if (target === undefined) {
      target = (node.resolve(this.doc) as Node | undefined) ?? null;
      this.aliases.set(node, target);
    }
    return target;
  }

  private lineOf(node: Node | null | undefined): number | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.lineCounter.linePos(start).line;
  }

  private describe(node: Node | null): string {
    if (node === null) return 'nothing';
    if (isSeq(node)) return 'a list';
    if (isMap(node)) return 'an object';
    if (isScalar(node)) {
      if (node.value === null) return 'nothing';
      const shown = typeof node.value === 'string' ? JSON.stringify(node.value) : (node.source ?? String(node.value));
      return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
    }
    return 'something else';
  }

  private problem(line: number | undefined, key: string | undefined, message: string, code: FindingCode = 'toc-entry') {
    this.diagnostics.push({ code, file: this.file, line, key, message });
  }
}
