import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { ARTICLE_EXTENSIONS, articleFormat, type ArticleFormat } from './content-files.ts';
import { FRONTMATTER_KEYS, frontmatterSchema, type ArticleFrontmatter } from './frontmatter-schema.ts';
import { resolveLink, type LinkResolver } from './article-links.ts';
import { urlProblem } from './link-url.ts';
import { findSlugCollisions } from './slug.ts';
import { closestMatch } from './suggest.ts';

export interface SourceCheckOptions {
  /** Resolves links between articles and to images; without it those links are not checked. */
  resolver?: LinkResolver;
  /**
   * True for sources we edit ourselves: defects only an edit can mend (empty link
   * text, unknown keys) are errors. False for sources published as they are
   * delivered: those defects are warnings, and everything else still fails.
   */
  strict: boolean;
}

export interface LinkInfo {
  text: string;
  url: string;
  line: number | undefined;
}

export interface CheckedSource {
  diagnostics: Diagnostic[];
  data: ArticleFrontmatter | undefined;
  links: LinkInfo[];
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseArticle(source: string, format: ArticleFormat): Root {
  return (format === 'mdx' ? mdxParser : markdownParser).parse(source);
}

/** Every link with its text and line, images and reference definitions aside. */
export function collectLinks(tree: Root): LinkInfo[] {
  const links: LinkInfo[] = [];
  visit(tree, 'link', (node) => {
    const hasImage = node.children.some((child) => child.type === 'image' && child.alt);
    links.push({
      text: hasImage ? toString(node) || '[image]' : toString(node).trim(),
      url: node.url,
      line: node.position?.start.line,
    });
  });
  return links;
}

export function checkArticleSource(file: string, source: string, options: SourceCheckOptions): CheckedSource {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, message: string, line?: number, key?: string) =>
    diagnostics.push({ file, line, key, message, severity });
  const editableSeverity: Severity = options.strict ? 'error' : 'warning';

  let tree: Root;
  try {
    tree = parseArticle(source, articleFormat(file));
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    report('error', `expected valid MDX: ${place.reason ?? place.message}`, place.line ?? undefined);
    return { diagnostics, data: undefined, links: [] };
  }

  const data = checkFrontmatter(tree, report, editableSeverity);

  const links = collectLinks(tree);
  for (const link of links) {
    if (link.text === '') {
      report(editableSeverity, `link to ${link.url} has no text: expected words for a reader to click`, link.line);
    }
  }
  visit(tree, ['image', 'html'], (node) => {
    const missingAlt =
      node.type === 'image'
        ? !(node as { alt?: string | null }).alt?.trim()
        : /^<img\b(?![^>]*\salt\s*=)/i.test((node as { value: string }).value.trim());
    if (missingAlt) {
      report(
        editableSeverity,
        'image without alt text: expected words describing it for readers who cannot see it',
        node.position?.start.line,
      );
    }
  });
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const url = (node as { url: string }).url;
    const line = node.position?.start.line;
    const problem = urlProblem(url, node.type === 'image' ? 'image' : 'link');
    if (problem) {
      const what = node.type === 'link' ? 'link' : `${node.type} address`;
      report(
        problem.unsafe ? 'error' : editableSeverity,
        `${problem.unsafe ? 'unsafe' : 'malformed'} ${what}: ${problem.message}`,
        line,
      );
      return;
    }
    const resolved = options.resolver && resolveLink(url, options.resolver).problem;
    if (resolved) report(resolved.severity === 'error' ? editableSeverity : 'warning', resolved.message, line);
  });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { diagnostics, data, links };
}

type Report = (severity: Severity, message: string, line?: number, key?: string) => void;

function checkFrontmatter(tree: Root, report: Report, editableSeverity: Severity): ArticleFrontmatter | undefined {
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yamlNode) {
    report('error', 'expected YAML frontmatter between "---" lines at the top of the file', 1);
    return undefined;
  }
  // The YAML text starts on the line after the opening "---".
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  let raw: unknown;
  try {
    raw = yaml.load(yamlNode.value);
  } catch (error) {
    const { reason, line } = explainYamlError(yamlNode.value, error);
    report('error', `broken YAML: ${reason}`, firstLine + line);
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('error', 'expected the frontmatter to be a map of "key: value" lines', firstLine);
    return undefined;
  }

  const keyLines = topLevelKeyLines(yamlNode.value, firstLine);
  for (const key of Object.keys(raw)) {
    if (FRONTMATTER_KEYS.includes(key)) continue;
    const suggestion = closestMatch(key, FRONTMATTER_KEYS);
    report(
      editableSeverity,
      `unknown key${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      keyLines.get(key),
      key,
    );
  }

  const result = frontmatterSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const missing = (raw as Record<string, unknown>)[key] === undefined;
    report(
      'error',
      missing ? `required key is missing: ${issue.message}` : issue.message,
      keyLines.get(key) ?? firstLine - 1,
      key || undefined,
    );
  }
  return undefined;
}

/**
 * js-yaml is fast but often notices a mistake only lines later (an unclosed
 * quote at the end of the block); the yaml parser points at where it starts.
 * Only broken files pay for the second parse.
 */
function explainYamlError(text: string, error: unknown): { reason: string; line: number } {
  const lineCounter = new LineCounter();
  const [first] = parseDocument(text, { lineCounter, uniqueKeys: true }).errors;
  if (first) {
    return {
      reason: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      line: lineCounter.linePos(first.pos[0]).line - 1,
    };
  }
  const { reason, mark } = error as { reason?: string; mark?: { line: number } };
  return { reason: reason ?? String(error), line: mark?.line ?? 0 };
}

const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"-][^:]*?))\s*:(?:\s|$)/;

/** The line of each top-level key, so findings point at the line to edit. */
function topLevelKeyLines(yamlText: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  yamlText.split(/\r?\n/).forEach((text, index) => {
    const match = TOP_LEVEL_KEY.exec(text);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, firstLine + index);
  });
  return lines;
}

export interface FolderCheck {
  files: string[];
  mediaFiles: string[];
  diagnostics: Diagnostic[];
}

/** Checks the given article files of a folder (all of them, or one worker's share). */
export function checkFiles(
  folder: string,
  names: readonly string[],
  resolver: LinkResolver,
  options: SourceCheckOptions,
  displayRoot: string,
): Diagnostic[] {
  return names.flatMap((name) => {
    const absolute = path.join(folder, name);
    const source = readFileSync(absolute, 'utf8');
    return checkArticleSource(path.relative(displayRoot, absolute), source, { ...options, resolver }).diagnostics;
  });
}

/** Findings about the folder as a whole: no articles, or two articles at one address. */
export function folderDiagnostics(folder: string, files: readonly string[], displayRoot: string): Diagnostic[] {
  const display = (name: string) => path.relative(displayRoot, path.join(folder, name));
  const diagnostics: Diagnostic[] = findSlugCollisions(files).map((collision) => ({
    file: display(collision.files[0]!),
    severity: 'error',
    message: `same address /${collision.slug}/ as ${collision.files.slice(1).map(display).join(', ')}: expected file names that differ in more than case, accents or punctuation`,
  }));
  if (files.length === 0) {
    diagnostics.push({
      file: path.relative(displayRoot, folder) || '.',
      severity: 'error',
      message: 'no articles: expected .md or .mdx files in this folder',
    });
  }
  return diagnostics;
}

/** Articles are the Markdown and MDX files at the top of the folder; subfolders hold includes and other material. */
export function listArticleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => entry.name)
    .sort();
}
