/**
 * Reads a doc set's docfx.json: which files are articles (`build.content`), which are resources
 * (`build.resource`), and which metadata each file gets (`build.globalMetadata`, `build.fileMetadata`).
 * Follows the DocFX configuration reference and its JSON schema (docfx.schema.json): `content` and
 * `resource` may be a glob, a list of globs, one file mapping or a list of them; a mapping's `files`
 * and `exclude` may be one glob or a list, relative to its `src`. `fileMetadata` globs are relative to
 * the folder of docfx.json whatever the mapping's `src`, as in DocFX. Other `build` keys (DocFX has many)
 * are left alone.
 */
import { posix } from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { hasArticleExtension } from '../articles/files.ts';
import { globMatcher, globProblems } from './glob.ts';
import { describeJson, member, parseJson, Problems, toPlain, type JsonNode, type JsonObject } from './json.ts';
import { isTocFileName } from './toc.ts';

export interface FileMapping {
  files: string[];
  exclude: string[];
  /** Folder the globs are relative to, from the folder of docfx.json; "" for that folder itself. */
  src: string;
  dest?: string;
  /** DocFX's `"case": true`; globs ignore case otherwise. */
  caseSensitive: boolean;
  /** DocFX's `"dot": true`; wildcards skip names starting with "." otherwise. */
  dot: boolean;
  line: number;
}

/** One `fileMetadata` glob: files it matches get `key: value`. Kept in file order, which decides precedence. */
export interface FileMetadataRule {
  key: string;
  pattern: string;
  value: unknown;
  line: number;
}

export interface DocfxConfig {
  content: FileMapping[];
  resource: FileMapping[];
  globalMetadata: Record<string, unknown>;
  fileMetadata: FileMetadataRule[];
  /** Further JSON files of metadata DocFX would merge in; named here so a caller can say they are not read. */
  globalMetadataFiles: string[];
  fileMetadataFiles: string[];
  dest?: string;
  output?: string;
}

export function emptyDocfxConfig(): DocfxConfig {
  return {
    content: [],
    resource: [],
    globalMetadata: {},
    fileMetadata: [],
    globalMetadataFiles: [],
    fileMetadataFiles: [],
  };
}

export function parseDocfxConfig(file: string, text: string): { config: DocfxConfig; diagnostics: Finding[] } {
  const { root, diagnostics } = parseJson(file, text, 'config-unreadable');
  const config = emptyDocfxConfig();
  if (root === undefined) return { config, diagnostics };
  const problems = new Problems(file, 'config-value');
  if (root.kind !== 'object') {
    const message = `expected an object with a "build" section, got ${describeJson(root)}`;
    problems.add(root.line, undefined, message, 'config-unreadable');
    return { config, diagnostics: [...diagnostics, ...problems.diagnostics] };
  }
  const build = member(root, 'build');
  if (build === undefined) {
    problems.add(root.line, 'build', 'expected a "build" section that lists the articles, got none');
  } else if (build.value.kind !== 'object') {
    problems.add(build.line, 'build', `expected "build" to be an object, got ${describeJson(build.value)}`);
  } else {
    readBuild(build.value, config, problems);
  }
  return { config, diagnostics: [...diagnostics, ...problems.diagnostics] };
}

function readBuild(build: JsonObject, config: DocfxConfig, problems: Problems): void {
  const content = member(build, 'content');
  if (content === undefined) {
    problems.add(build.line, 'build.content', 'expected "build.content" to list the articles, got none');
  } else {
    config.content = fileMappings(content.value, 'build.content', problems);
  }
  const resource = member(build, 'resource');
  if (resource !== undefined) config.resource = fileMappings(resource.value, 'build.resource', problems);

  const globalMetadata = member(build, 'globalMetadata');
  if (globalMetadata !== undefined) {
    if (globalMetadata.value.kind === 'object') {
      config.globalMetadata = toPlain(globalMetadata.value) as Record<string, unknown>;
    } else {
      const got = describeJson(globalMetadata.value);
      problems.add(globalMetadata.line, 'build.globalMetadata', `expected an object of metadata, got ${got}`);
    }
  }
  const fileMetadata = member(build, 'fileMetadata');
  if (fileMetadata !== undefined) config.fileMetadata = fileMetadataRules(fileMetadata.value, problems);

  for (const key of ['globalMetadataFiles', 'fileMetadataFiles'] as const) {
    const found = member(build, key);
    if (found !== undefined) config[key] = stringList(found.value, `build.${key}`, problems);
  }
  for (const key of ['dest', 'output'] as const) {
    const found = member(build, key);
    if (found === undefined) continue;
    if (found.value.kind === 'string') config[key] = found.value.value;
    else
      problems.add(found.line, `build.${key}`, `expected "${key}" to name a folder, got ${describeJson(found.value)}`);
  }
}

function fileMappings(node: JsonNode, key: string, problems: Problems): FileMapping[] {
  if (node.kind === 'string') return [plainMapping([node.value], node.line, key, problems)];
  if (node.kind === 'object') return mapping(node, key, problems);
  if (node.kind !== 'array') {
    problems.add(node.line, key, `expected a list of file mappings, got ${describeJson(node)}`);
    return [];
  }
  return node.items.flatMap((item, index): FileMapping[] => {
    const itemKey = `${key}[${index}]`;
    if (item.kind === 'string') return [plainMapping([item.value], item.line, itemKey, problems)];
    if (item.kind === 'object') return mapping(item, itemKey, problems);
    problems.add(
      item.line,
      itemKey,
      `expected a file mapping ({ "files": [...] }) or a glob, got ${describeJson(item)}`,
    );
    return [];
  });
}

function plainMapping(files: string[], line: number, key: string, problems: Problems): FileMapping {
  checkGlobs(files, line, key, problems);
  return { files, exclude: [], src: '', caseSensitive: false, dot: false, line };
}

function mapping(node: JsonObject, key: string, problems: Problems): FileMapping[] {
  const files = member(node, 'files');
  if (files === undefined) {
    problems.add(node.line, `${key}.files`, 'expected "files" globs in the file mapping, got none, so it adds nothing');
    return [];
  }
  const result: FileMapping = {
    files: stringList(files.value, `${key}.files`, problems),
    exclude: [],
    src: '',
    caseSensitive: false,
    dot: false,
    line: node.line,
  };
  checkGlobs(result.files, files.value.line, `${key}.files`, problems);
  const exclude = member(node, 'exclude');
  if (exclude !== undefined) {
    result.exclude = stringList(exclude.value, `${key}.exclude`, problems);
    checkGlobs(result.exclude, exclude.value.line, `${key}.exclude`, problems);
  }
  for (const name of ['src', 'dest'] as const) {
    const found = member(node, name);
    if (found === undefined) continue;
    if (found.value.kind === 'string') {
      result[name] = name === 'src' ? normalizeFolder(found.value.value) : found.value.value;
    } else {
      const got = describeJson(found.value);
      problems.add(found.line, `${key}.${name}`, `expected "${name}" to name a folder, got ${got}`);
    }
  }
  for (const [name, field] of [
    ['case', 'caseSensitive'],
    ['dot', 'dot'],
  ] as const) {
    const found = member(node, name);
    if (found === undefined) continue;
    if (found.value.kind === 'boolean') result[field] = found.value.value;
    else
      problems.add(
        found.line,
        `${key}.${name}`,
        `expected "${name}" to be true or false, got ${describeJson(found.value)}`,
      );
  }
  return [result];
}

function fileMetadataRules(node: JsonNode, problems: Problems): FileMetadataRule[] {
  if (node.kind !== 'object') {
    const got = describeJson(node);
    problems.add(node.line, 'build.fileMetadata', `expected an object of { "glob": value } per key, got ${got}`);
    return [];
  }
  return node.members.flatMap(({ key, line, value }): FileMetadataRule[] => {
    const path = `build.fileMetadata.${key}`;
    if (value.kind !== 'object') {
      problems.add(line, path, `expected an object of { "glob": value } for "${key}", got ${describeJson(value)}`);
      return [];
    }
    return value.members.map((rule) => {
      checkGlobs([rule.key], rule.line, path, problems);
      return { key, pattern: rule.key, value: toPlain(rule.value), line: rule.line };
    });
  });
}

function stringList(node: JsonNode, key: string, problems: Problems): string[] {
  if (node.kind === 'string') return [node.value];
  if (node.kind !== 'array') {
    problems.add(node.line, key, `expected a glob or a list of globs, got ${describeJson(node)}`);
    return [];
  }
  return node.items.flatMap((item) => {
    if (item.kind === 'string') return [item.value];
    problems.add(item.line, key, `expected a glob in quotes, got ${describeJson(item)}`);
    return [];
  });
}

function checkGlobs(patterns: string[], line: number, key: string, problems: Problems): void {
  for (const pattern of patterns) for (const message of globProblems(pattern)) problems.add(line, key, message);
}

/** "./docs/", "docs" and "docs\\" name one folder; "" is the folder of docfx.json. */
function normalizeFolder(folder: string): string {
  const normalized = posix.normalize(folder.replaceAll('\\', '/')).replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}

function normalizePath(path: string): string {
  return posix.normalize(path.replaceAll('\\', '/')).replace(/^\.\//, '');
}

interface CompiledMapping {
  files: (path: string) => boolean;
  exclude: (path: string) => boolean;
}

const compiledMappings = new WeakMap<FileMapping, CompiledMapping>();

function compiled(mapping: FileMapping): CompiledMapping {
  let found = compiledMappings.get(mapping);
  if (found === undefined) {
    const options = { caseSensitive: mapping.caseSensitive, dot: mapping.dot };
    found = { files: globMatcher(mapping.files, options), exclude: globMatcher(mapping.exclude, options) };
    compiledMappings.set(mapping, found);
  }
  return found;
}

/** The path relative to the mapping's `src`, or undefined when the file lies outside it. */
function underSource(mapping: FileMapping, path: string): string | undefined {
  if (mapping.src === '') return path;
  const prefix = `${mapping.src}/`;
  const head = path.slice(0, prefix.length);
  const same = mapping.caseSensitive ? head === prefix : head.toLowerCase() === prefix.toLowerCase();
  return same ? path.slice(prefix.length) : undefined;
}

function inMappings(mappings: readonly FileMapping[], relativePath: string): boolean {
  const path = normalizePath(relativePath);
  return mappings.some((mapping) => {
    const inner = underSource(mapping, path);
    if (inner === undefined) return false;
    const matcher = compiled(mapping);
    return matcher.files(inner) && !matcher.exclude(inner);
  });
}

/** Whether DocFX would build the file (article, TOC, YAML page), given its path from the folder of docfx.json. */
export function isContentFile(config: DocfxConfig, relativePath: string): boolean {
  return inMappings(config.content, relativePath);
}

/** A Markdown article: content, a .md or .mdx file, and not a toc.md. */
export function isArticleFile(config: DocfxConfig, relativePath: string): boolean {
  // "toc.md" is Markdown but a TOC, not an article.
  const file = normalizePath(relativePath);
  if (!hasArticleExtension(file) || isTocFileName(file)) return false;
  return isContentFile(config, relativePath);
}

export function isResourceFile(config: DocfxConfig, relativePath: string): boolean {
  return inMappings(config.resource, relativePath);
}

/**
 * globalMetadata, then every fileMetadata glob that matches, in file order, so a later glob wins over an
 * earlier one for the same key (DocFX applies them in order). The result is a copy the caller may change.
 */
export function metadataFor(config: DocfxConfig, relativePath: string): Record<string, unknown> {
  const path = normalizePath(relativePath);
  const metadata: Record<string, unknown> = structuredClone(config.globalMetadata);
  for (const rule of config.fileMetadata) {
    if (ruleMatcher(rule)(path)) {
      Object.defineProperty(metadata, rule.key, {
        value: structuredClone(rule.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return metadata;
}

const ruleMatchers = new WeakMap<FileMetadataRule, (path: string) => boolean>();

function ruleMatcher(rule: FileMetadataRule): (path: string) => boolean {
  let found = ruleMatchers.get(rule);
  if (found === undefined) {
    found = globMatcher([rule.pattern]);
    ruleMatchers.set(rule, found);
  }
  return found;
}
