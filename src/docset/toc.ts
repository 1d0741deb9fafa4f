/**
 * Reads a DocFX table of contents into a tree: `toc.yml` (a list of items, or the newer `{ items: [...] }`
 * root object) and `toc.md` (ATX headings, one level per `#`). Follows the DocFX "Table of Contents"
 * documentation and its toc.schema.json: items have `name`, `href`, `topicHref`, `tocHref`, `uid`,
 * `topicUid`, `displayName`, `expanded` and `items`. An `href` to another TOC file, or to a relative folder
 * ending in "/", nests that TOC here (kind "toc"); the caller loads and splices it. Every node keeps the
 * line of its item, and nesting is capped so a hostile file yields a problem, not a stack overflow.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, FindingCode } from '../findings/finding.ts';
import { schemeOf } from '../utils/url-problems.ts';

export type TocNodeKind =
  /** No address: a heading that only holds children. */
  | 'group'
  /** An article or page of this site, by relative or site-relative path. */
  | 'link'
  /** Another TOC to splice in here: `sub/toc.yml`, `sub/TOC.md`, or the folder `sub/`. */
  | 'toc'
  /** A cross-reference by uid: `uid:`, `href: xref:Uid`, or `# @Uid` in toc.md. */
  | 'xref'
  /** Another site. */
  | 'external';

export interface TocNode {
  /** As written; "" when the file leaves it to the article's title (DocFX allows that when there is an href). */
  name: string;
  href?: string;
  topicHref?: string;
  tocHref?: string;
  uid?: string;
  topicUid?: string;
  displayName?: string;
  kind: TocNodeKind;
  /** The node leads to another site (`https://…`, `//host/…`, `mailto:`): no local file to check. */
  external: boolean;
  items: TocNode[];
  /** 1-based line of the item in its file. */
  line: number;
}

export interface TocResult {
  items: TocNode[];
  diagnostics: Finding[];
}

export const MAX_TOC_DEPTH = 64;
/** YAML aliases can repeat a subtree many times over; past this many items the file is refused. */
export const MAX_TOC_NODES = 50_000;

/** The names a doc set's root TOC may have, as DocFX looks for it (in any case), first found first. */
export const ROOT_TOC_NAMES = ['toc.yml', 'toc.yaml', 'toc.md'] as const;
const TOC_FILE_NAMES = new Set<string>([...ROOT_TOC_NAMES, 'toc.json']);
const TEXT_KEYS = ['name', 'href', 'topicHref', 'tocHref', 'uid', 'topicUid', 'displayName'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const KNOWN_KEYS = new Set<string>([...TEXT_KEYS, 'items', 'expanded']);
const KNOWN_BY_LOWER_CASE = new Map([...KNOWN_KEYS].map((key) => [key.toLowerCase(), key]));

export function isTocFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return TOC_FILE_NAMES.has(name);
}

export function parseToc(fileName: string, text: string): TocResult {
  const extension = /\.[^./]*$/.exec(fileName)?.[0].toLowerCase();
  if (extension === '.md') return parseMarkdownToc(fileName, text);
  if (extension === '.yml' || extension === '.yaml' || extension === '.json') return parseYamlToc(fileName, text);
  return {
    items: [],
    diagnostics: [
      { code: 'toc-invalid', file: fileName, message: `expected a toc.yml or toc.md file, got "${fileName}"` },
    ],
  };
}

/** What an address leads to; "group" when there is none. */
export function hrefKind(href: string | undefined): TocNodeKind {
  if (href === undefined || href === '') return 'group';
  const scheme = schemeOf(href);
  if (scheme === 'xref' || href.startsWith('@')) return 'xref';
  if (scheme !== undefined || href.startsWith('//')) return 'external';
  const path = href.replace(/[?#].*$/, '');
  // A folder is a nested TOC only as a relative path; "/azure/" is a page of the site.
  if (isTocFileName(path) || (path.endsWith('/') && !path.startsWith('/'))) return 'toc';
  return 'link';
}

/** Visits every node depth first, in file order, without recursion; return false to skip a node's children. */
export function walkToc(
  items: readonly TocNode[],
  visit: (node: TocNode, depth: number, parent: TocNode | undefined) => boolean | void,
): void {
  const stack: { node: TocNode; depth: number; parent: TocNode | undefined }[] = [];
  const push = (nodes: readonly TocNode[], depth: number, parent: TocNode | undefined) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node !== undefined) stack.push({ node, depth, parent });
    }
  };
  push(items, 1, undefined);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (visit(entry.node, entry.depth, entry.parent) !== false) push(entry.node.items, entry.depth + 1, entry.node);
  }
}

function newNode(line: number): TocNode {
  return { name: '', kind: 'group', external: false, items: [], line };
}

/** Kind and external from the node's own fields: href decides, then topicHref, then a uid. */
function classify(node: TocNode): void {
  let kind = hrefKind(node.href);
  if (kind === 'group' && node.topicHref !== undefined) kind = hrefKind(node.topicHref);
  if (kind === 'group' && (node.uid !== undefined || node.topicUid !== undefined)) kind = 'xref';
  node.kind = kind;
  node.external = kind === 'external';
}

// ---------------------------------------------------------------- YAML

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

// ---------------------------------------------------------------- Markdown

const HEADING = /^ {0,3}(#+)[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * toc.md: each ATX heading is an item one level below the nearest heading with fewer "#". The text is
 * `[Name](href)`, `[Name]` or plain text (a group), `@uid` or `<xref:uid>`. Other lines, fenced code and
 * HTML comments are skipped, as DocFX's Markdown TOC reader does.
 */
export function parseMarkdownToc(fileName: string, text: string): TocResult {
  const diagnostics: Finding[] = [];
  const problem = (line: number, message: string) =>
    diagnostics.push({ code: 'toc-entry', file: fileName, line, message });
  const roots: TocNode[] = [];
  // Open headings, innermost last; node is undefined for a heading left out for depth, so its children go too.
  const open: { level: number; node: TocNode | undefined }[] = [];
  let fence: string | undefined;
  let inComment = false;

  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      return;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      return;
    }
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    if (raw.trimStart().startsWith('<!--')) {
      inComment = !raw.includes('-->', raw.indexOf('<!--') + 4);
      return;
    }
    const heading = HEADING.exec(raw);
    if (!heading) return;
    const level = heading[1]?.length ?? 1;
    const content = (heading[2] ?? '').replace(/[ \t]+#+[ \t]*$/, '').trim();
    const node = markdownNode(content, line);
    if (node === undefined) {
      problem(line, `expected a name or a [name](link) after "${'#'.repeat(level)}", got nothing`);
      return;
    }
    if (content.startsWith('[') && node.kind === 'group' && node.name === content) {
      problem(line, `expected a link of the form [name](path), got "${content}"; read as a plain name`);
    }
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= level) open.pop();
    const parent = open.at(-1);
    if (parent !== undefined && parent.node === undefined) {
      open.push({ level, node: undefined });
      return;
    }
    const parentLevel = parent?.level ?? 0;
    if (level > parentLevel + 1) {
      const expected = '#'.repeat(parentLevel + 1);
      const where =
        parent?.node === undefined ? 'to start the TOC' : `under "${parent.node.name}" (line ${parent.node.line})`;
      problem(line, `expected a "${expected}" heading ${where}, got "${'#'.repeat(level)}", which skips a level`);
    }
    if (open.length >= MAX_TOC_DEPTH) {
      problem(
        line,
        `expected TOC items nested at most ${MAX_TOC_DEPTH} deep, got deeper; this one and those under it are left out`,
      );
      open.push({ level, node: undefined });
      return;
    }
    (parent?.node === undefined ? roots : parent.node.items).push(node);
    open.push({ level, node });
  });
  walkToc(roots, (node) => {
    if (node.kind === 'group' && node.items.length === 0) {
      problem(node.line, `expected a link or child headings under "${node.name}", got neither, so it leads nowhere`);
    }
  });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { items: roots, diagnostics };
}

function markdownNode(content: string, line: number): TocNode | undefined {
  if (content === '') return undefined;
  const node = newNode(line);
  const xref = /^(?:@(\S+)|<xref:([^>\s]+)>)$/.exec(content);
  const link = xref ? undefined : parseLink(content);
  if (xref) {
    node.uid = xref[1] ?? xref[2] ?? '';
  } else if (link !== undefined) {
    node.name = link.name;
    if (link.href !== undefined && link.href !== '') node.href = link.href;
    if (node.href?.startsWith('@')) node.uid = node.href.slice(1);
  } else {
    node.name = content;
  }
  classify(node);
  return node;
}

/** `[text](href "title")` or `[text]` taking the whole heading; brackets may nest or be escaped. */
function parseLink(content: string): { name: string; href?: string } | undefined {
  if (!content.startsWith('[')) return undefined;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '\\') i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const name = content
    .slice(1, end)
    .replace(/\\([[\]\\()])/g, '$1')
    .trim();
  const rest = content.slice(end + 1);
  if (rest === '') return { name };
  const target = /^\(\s*(?:<([^>]*)>|([^\s)]*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)$/.exec(rest);
  if (!target) return undefined;
  return { name, href: (target[1] ?? target[2] ?? '').trim() };
}
