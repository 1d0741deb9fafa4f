import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { readSource, type SourceText } from '../articles/read.ts';
import type { FindingCode } from '../findings/finding.ts';
import { SCHEME_SOURCE } from '../utils/url-problems.ts';
import { toString } from 'mdast-util-to-string';
import { directiveParts } from './directive-lines.ts';
import { parseFragment } from './features.ts';
import { mathInTree, mayHoldMath } from './math.ts';
import { mayHoldDashRows, withPipedDelimiterRows } from './pipe-tables.ts';
import { rewriteAttributes, tagSource } from './tag-attributes.ts';

/**
 * DocFX includes: `[!INCLUDE [title](path.md)]`, a paragraph of its own (block) or inside a
 * sentence (inline). The path is relative to the including file, and an include may include
 * others. Both parsers read the directive as three nodes: text ending "[!INCLUDE ", a link, and
 * text starting "]"; `findIncludes` knows that shape, for the checks and the renderer alike.
 * An include never leaves the repository, never follows a symbolic link, and never includes
 * itself; its frontmatter is dropped, and its links and images are rebased so that they work
 * from the including article.
 */

/** `[!INCLUDE [`, also written `[!include-[` as some repositories do. */
const OPENING = /\[!include-?\s*$/i;
const CLOSING = /^\s*\]/;
/**
 * A cheap look at a document's source: it may include another file. Plugins that skip documents
 * not using their syntax cannot skip one that includes: the included text may use it.
 */
export const MAY_INCLUDE = /\[!include/i;
/** Includes nested deeper than this are refused: a chain that long is a mistake, not a design. */
export const MAX_INCLUDE_DEPTH = 10;

export interface IncludeDirective {
  /** Index of the text node that opens the directive, among its parent's children. */
  index: number;
  /** The path as written. */
  path: string;
}

/** The include directives among a paragraph's children, in order. */
export function findIncludes(children: readonly RootContent[]): IncludeDirective[] {
  const found: IncludeDirective[] = [];
  for (let index = 0; index + 2 < children.length; index++) {
    const [open, link, close] = [children[index], children[index + 1], children[index + 2]];
    if (open?.type === 'text' && OPENING.test(open.value) && link?.type === 'link' && close?.type === 'text') {
      if (CLOSING.test(close.value)) found.push({ index, path: link.url });
    }
  }
  return found;
}

/** A paragraph that is one include directive and nothing else: the included blocks replace it. */
export function isBlockInclude(children: readonly RootContent[]): boolean {
  const [open, , close] = children;
  return (
    children.length === 3 &&
    open?.type === 'text' &&
    /^\s*\[!include-?\s*$/i.test(open.value) &&
    close?.type === 'text' &&
    close.value.trim() === ']'
  );
}

/** Phrasing content with one inline directive replaced by the included words, the text around it kept. */
function spliceInline(
  children: readonly PhrasingContent[],
  directive: IncludeDirective,
  words: readonly PhrasingContent[],
): PhrasingContent[] {
  const opening = children[directive.index] as { value: string };
  const closing = children[directive.index + 2] as { value: string };
  const before = opening.value.replace(OPENING, '');
  const after = closing.value.replace(CLOSING, '');
  return [
    ...children.slice(0, directive.index),
    ...(before ? [{ type: 'text' as const, value: before }] : []),
    ...words,
    ...(after ? [{ type: 'text' as const, value: after }] : []),
    ...children.slice(directive.index + 3),
  ];
}

/** Include paths in raw Markdown, for a cheap look at what a file depends on (the loader's digest). */
export function includePathsIn(text: string): string[] {
  return [...text.matchAll(/\[!include-?\s*\[[^\]]*\]\(\s*<?([^)>\s]+)>?\s*\)\s*\]/gi)].map((match) => match[1]!);
}

export interface IncludeBounds {
  /** The repository root: includes may come from anywhere inside it, nowhere outside. */
  root: string;
  /** The doc set folder, which DocFX reads "~/" as; the root when not given. */
  docSet?: string | undefined;
  /**
   * The source-language repository, laid out as this one: an include or code file this
   * repository lacks is read from the same place there (a localized repository often lacks
   * the includes only its English source has).
   */
  fallbackRoot?: string | undefined;
}

/**
 * Where an include was found. `file` is where it stands in this repository, which its own
 * relative paths start from; `readFrom` is where its text is read, the source-language
 * repository's copy when this one lacks it.
 */
export type IncludeResolution =
  { file: string; readFrom: string; fallback: boolean } | { problem: string; code: FindingCode };

/** "~/includes/a.md" is from the doc set folder, as DocFX reads it; anything else from the including file's folder. */
export function fromDocSetRoot(written: string): string | undefined {
  return /^~[\/]/.test(written) ? written.slice(2) : undefined;
}

function isFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

/** The absolute path of an include written in `fromFile` (absolute), or why it cannot be used. */
export function resolveInclude(
  fromFile: string,
  written: string,
  { root, docSet = root, fallbackRoot }: IncludeBounds,
): IncludeResolution {
  let decoded = written;
  try {
    decoded = decodeURI(written);
  } catch {
    // Kept as written: the file will not be found, and that is reported.
  }
  const bare = decoded.replace(/[?#].*$/, '');
  const fromRoot = fromDocSetRoot(bare);
  const file = fromRoot === undefined ? path.resolve(path.dirname(fromFile), bare) : path.resolve(docSet, fromRoot);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return {
      code: 'include-outside',
      problem: `include "${written}" leaves the repository: expected a file inside it`,
    };
  }
  if (existsSync(file) && lstatSync(file).isSymbolicLink()) {
    return {
      code: 'include-symlink',
      problem: `include "${written}" is a symbolic link, which is never followed: expected the file itself`,
    };
  }
  if (isFile(file)) return { file, readFrom: file, fallback: false };
  const shown = relative.split(path.sep).join('/');
  if (existsSync(file))
    return { code: 'include-missing', problem: `include "${written}" is a folder: expected a file` };
  const fallback = fallbackRoot === undefined ? undefined : path.join(fallbackRoot, relative);
  if (fallback !== undefined && isFile(fallback)) return { file, readFrom: fallback, fallback: true };
  return { code: 'include-missing', problem: `missing include: expected a file "${shown}"` };
}

const FRONTMATTER = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** An include's Markdown, read as strictly as an article, without the frontmatter DocFX ignores in includes. */
export function includeText(file: string): SourceText {
  const read = readSource(file);
  // An empty include is no mistake: it includes nothing.
  if ('problem' in read) return read.code === 'file-empty' ? { text: '' } : read;
  return { text: read.text.replace(FRONTMATTER, '') };
}

const ABSOLUTE = new RegExp(`^(?:${SCHEME_SOURCE}|/|#)`, 'i');

/** A relative address written in an include, rewritten to work from the including article. */
export function rebaseUrl(url: string, includeFile: string, articleFile: string): string {
  if (url === '' || ABSOLUTE.test(url)) return url;
  const target = path.resolve(path.dirname(includeFile), url);
  return path.relative(path.dirname(articleFile), target).split(path.sep).join('/');
}

/**
 * The DocFX tags that name files (`:::image source="…" lightbox="…":::`, `:::code source="…":::`,
 * read in image.ts and code.ts), and their file attributes: in an include, written from its folder.
 */
const FILE_TAG = new RegExp(tagSource('(?:image|code)'), 'g');
const FILE_ATTRIBUTES = ['source', 'lightbox'];

type Node = { type: string; url?: string; value?: string; children?: Node[] };

/**
 * Rebases the addresses of an included file's own nodes. The links of its include directives
 * stay as written: they are resolved from the file itself when it is expanded, and what they
 * bring in is rebased from its own file, once.
 */
function rebaseTree(node: Node, includeFile: string, articleFile: string, directive = false): void {
  if (typeof node.url === 'string' && !directive) node.url = rebaseUrl(node.url, includeFile, articleFile);
  if (node.type === 'text' && node.value?.includes(':::')) {
    // Line by line, as the tags are read.
    node.value = node.value.replace(/[^\n]+/g, (line) =>
      line.replace(FILE_TAG, (tag) =>
        rewriteAttributes(tag, FILE_ATTRIBUTES, (url) => rebaseUrl(url, includeFile, articleFile)),
      ),
    );
  }
  const children = node.children ?? [];
  const directives = new Set(
    node.type === 'paragraph' ? findIncludes(children as RootContent[]).map(({ index }) => children[index + 1]) : [],
  );
  for (const child of children) rebaseTree(child, includeFile, articleFile, directives.has(child));
}

/** Expands the includes inside an included tree, for nesting, within the same limits. */
function expandWithin(
  parent: { children: RootContent[] },
  fromFile: string,
  articleFile: string,
  chain: readonly string[],
  bounds: IncludeBounds,
): void {
  for (let at = 0; at < parent.children.length; at++) {
    const node = parent.children[at]!;
    if (node.type !== 'paragraph') {
      if ('children' in node && Array.isArray(node.children)) {
        expandWithin(node as { children: RootContent[] }, fromFile, articleFile, chain, bounds);
      }
      continue;
    }
    const [directive] = findIncludes(node.children);
    if (!directive) continue;
    // Directive lines in a row are blocks of their own, as in an article (see directive-lines.ts).
    const parts = directiveParts(node, { textContent: toString });
    if (parts) {
      parent.children.splice(at, 1, ...parts.map(({ paragraph }) => paragraph));
      at--;
      continue;
    }
    const included = loadInclude(fromFile, directive.path, articleFile, chain, bounds);
    if (isBlockInclude(node.children)) {
      parent.children.splice(at, 1, ...included);
      at += included.length - 1;
    } else {
      node.children = spliceInline(node.children, directive, inlineOf(included));
      // The same paragraph again: it may hold another directive.
      at--;
    }
  }
}

/** The included file's content as nodes, or nothing when it cannot be included (the checks say why). */
function loadInclude(
  fromFile: string,
  written: string,
  articleFile: string,
  chain: readonly string[],
  bounds: IncludeBounds,
): RootContent[] {
  const resolved = resolveInclude(fromFile, written, bounds);
  if ('problem' in resolved || chain.includes(resolved.file) || chain.length > MAX_INCLUDE_DEPTH) return [];
  // Bytes that are not UTF-8 are the checks' to report; the page shows nothing in their place.
  const text = includeText(resolved.readFrom);
  if ('problem' in text) return [];
  // Math is read from the file's own source, which takes positions to find.
  const source = mayHoldDashRows(text.text) ? withPipedDelimiterRows(text.text) : text.text;
  const math = mayHoldMath(source);
  const tree = parseFragment(source, math);
  if (math) mathInTree(tree, source);
  // Its own addresses first; then what its own includes bring, rebased from their files.
  for (const child of tree.children) rebaseTree(child as Node, resolved.file, articleFile);
  expandWithin(tree, resolved.file, articleFile, [...chain, resolved.file], bounds);
  return tree.children;
}

/**
 * An inline include takes the words of the file's first block: a paragraph's or a heading's, the
 * first paragraph of a list or quote, the text of code.
 */
function inlineOf(nodes: readonly RootContent[]): PhrasingContent[] {
  const [first] = nodes;
  if (first === undefined) return [];
  if (first.type === 'paragraph' || first.type === 'heading') return first.children;
  if (first.type === 'code' || first.type === 'html') return [{ type: 'text', value: first.value }];
  return 'children' in first && Array.isArray(first.children) ? inlineOf(first.children as RootContent[]) : [];
}

/**
 * Replaces each include directive with the included file's content. Runs first, so every later
 * plugin (alerts, links, images …) sees included content as part of the article.
 */
export function includesPlugin(articleFile: string | undefined, bounds: IncludeBounds): MdastPluginEntry {
  const plugin: MdastPluginDefinition = {
    name: 'docfx-includes',
    paragraph(node, ctx) {
      if (articleFile === undefined) return;
      const directives = findIncludes(node.children as RootContent[]);
      if (directives.length === 0) return;
      const chain = [articleFile];
      if (isBlockInclude(node.children as RootContent[])) {
        ctx.replaceNode(node, loadInclude(articleFile, directives[0]!.path, articleFile, chain, bounds));
        return;
      }
      let children = [...node.children] as PhrasingContent[];
      // From the last, so the earlier directives' indexes still hold.
      for (const directive of [...directives].reverse()) {
        const words = inlineOf(loadInclude(articleFile, directive.path, articleFile, chain, bounds));
        children = spliceInline(children, directive, words);
      }
      ctx.replaceNode(node, { type: 'paragraph', children });
    },
  };
  return (document) => MAY_INCLUDE.test(document.source) && plugin;
}
