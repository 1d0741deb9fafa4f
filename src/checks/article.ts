import path from 'node:path';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { articleFormat } from '../articles/files.ts';
import { resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import { codeReference, resolveCode } from '../markdown/code.ts';
import { holds, paragraphLines } from '../markdown/blocks.ts';
import { imageTags, imageType } from '../markdown/image.ts';
import { xrefUid } from '../markdown/xref.ts';
import {
  findIncludes,
  includeText,
  MAX_INCLUDE_DEPTH,
  resolveInclude,
  type IncludeBounds,
} from '../markdown/includes.ts';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { collectLinks, nodesInOrder, ofType, parseArticle, type LinkInfo } from './parse.ts';
import { deepestNesting, MAX_NESTING } from './limits.ts';
import { rawHtmlAddresses, rawHtmlRemovals } from './raw-html.ts';
import { urlProblem } from './url-problems.ts';

export interface ArticleCheckOptions {
  /** What links can point at on this site; without it links between articles are not checked. */
  targets?: LinkTargets;
  /** The article's path in the doc set ("sales/quotes.md"), which its relative links start from. */
  docSetFile?: string;
  /** What docfx.json gives the article (globalMetadata, fileMetadata), under its own frontmatter. */
  metadata?: Readonly<Record<string, unknown>> | undefined;
  /** Where includes are read from: the doc set folder and the repository it must not leave. */
  includes?: { folder: string; bounds: IncludeBounds; displayRoot: string } | undefined;
  /**
   * True for sources we edit ourselves: defects only an edit can mend (empty link
   * text, unknown keys) are errors. False for sources published as they are
   * delivered: those defects are warnings, and everything else still fails.
   */
  strict: boolean;
}

export interface CheckedArticle {
  diagnostics: Diagnostic[];
  data: ArticleFrontmatter | undefined;
  links: LinkInfo[];
}

type Report = (severity: Severity, message: string, line?: number, key?: string) => void;

/** Findings about a body's links and images (an article's, or an include's, with its own file and path). */
function checkBody(
  nodes: readonly Nodes[],
  report: Report,
  editableSeverity: Severity,
  targets: LinkTargets | undefined,
  docSetFile: string | undefined,
): LinkInfo[] {
  // The links inside include and code directives are paths to files, checked as such.
  const directives = new Set<unknown>();
  for (const node of ofType(nodes, 'paragraph')) {
    for (const { index } of findIncludes(node.children as RootContent[])) directives.add(node.children[index + 1]);
    if (codeReference(node.children as RootContent[])) directives.add(node.children[1]);
  }
  const links = collectLinks(nodes);
  for (const link of links) {
    if (link.text === '' && !directives.has(link.node)) {
      report(editableSeverity, `link to ${link.url} has no text: expected words for a reader to click`, link.line);
    }
  }
  for (const node of ofType(nodes, 'html')) {
    const line = node.position?.start.line;
    for (const removal of rawHtmlRemovals(node.value)) report(editableSeverity, removal, line);
    for (const url of rawHtmlAddresses(node.value)) {
      const problem = targets && resolveLink(url, targets, docSetFile).problem;
      if (problem) report(problem.severity === 'error' ? editableSeverity : 'warning', problem.message, line);
    }
  }
  const withoutAlt = (line: number | undefined) =>
    report(
      editableSeverity,
      'image without alt text: expected words describing it for readers who cannot see it',
      line,
    );
  for (const node of ofType(nodes, 'image', 'html')) {
    const missingAlt =
      node.type === 'image'
        ? !(node as { alt?: string | null }).alt?.trim()
        : /^<img\b(?![^>]*\salt\s*=)/i.test(node.value.trim());
    if (missingAlt) withoutAlt(node.position?.start.line);
  }
  // Every address, with what it is: those of links, images and definitions, and of DocFX image tags.
  const addresses: { url: string; type: 'link' | 'image' | 'definition'; line: number | undefined }[] = [];
  for (const node of ofType(nodes, 'link', 'image', 'definition')) {
    if (!directives.has(node)) addresses.push({ url: node.url, type: node.type, line: node.position?.start.line });
  }
  // Image tags, read from a paragraph's lines as the renderer reads them (src/markdown/image.ts).
  for (const paragraph of ofType(nodes, 'paragraph')) {
    if (!holds(paragraph, ':::')) continue;
    const first = paragraph.position?.start.line;
    for (const [index, { texts }] of paragraphLines(paragraph, { textContent: toString }).entries()) {
      const line = first === undefined ? undefined : first + index;
      for (const { attributes } of imageTags(texts.join(''))) {
        const source = attributes.get('source');
        if (source === undefined || source.trim() === '') {
          report(editableSeverity, 'image tag without a source: expected source="…" naming the image', line);
        } else addresses.push({ url: source, type: 'image', line });
        const lightbox = attributes.get('lightbox');
        if (lightbox !== undefined) addresses.push({ url: lightbox, type: 'image', line });
        if (imageType(attributes) !== 'icon' && !attributes.get('alt-text')?.trim()) withoutAlt(line);
      }
    }
  }
  for (const node of addresses) {
    const { url, line } = node;
    const uid = xrefUid(url);
    if (uid !== undefined) {
      report('warning', `cross-reference "${uid}" has no address here: shown as text`, line);
      continue;
    }
    const problem = urlProblem(url, node.type === 'image' ? 'image' : 'link');
    if (problem) {
      const what = node.type === 'link' ? 'link' : `${node.type} address`;
      report(
        problem.unsafe ? 'error' : editableSeverity,
        `${problem.unsafe ? 'unsafe' : 'malformed'} ${what}: ${problem.message}`,
        line,
      );
      continue;
    }
    const resolved = targets && resolveLink(url, targets, docSetFile).problem;
    if (resolved) report(resolved.severity === 'error' ? editableSeverity : 'warning', resolved.message, line);
  }
  return links;
}

/**
 * Follows the include directives of a tree: each must lead to a file inside the repository and
 * must not include itself; each included file's own links and images are checked, from its own
 * folder, under its own name.
 */
function checkIncludes(
  nodes: readonly Nodes[],
  chain: readonly string[],
  report: Report,
  editableSeverity: Severity,
  options: ArticleCheckOptions,
  diagnostics: Diagnostic[],
): void {
  const includes = options.includes;
  if (!includes) return;
  const from = chain.at(-1)!;
  for (const node of ofType(nodes, 'paragraph')) {
    const code = codeReference(node.children as RootContent[]);
    const shown = code && resolveCode(from, code, includes.bounds);
    if (shown && 'problem' in shown) {
      const editable = /^missing code file|has no (?:snippet|lines)/.test(shown.problem);
      report(editable ? editableSeverity : 'error', shown.problem, node.position?.start.line);
    }
    for (const { path: written } of findIncludes(node.children as RootContent[])) {
      const line = node.position?.start.line;
      const resolved = resolveInclude(from, written, includes.bounds);
      if ('problem' in resolved) {
        report(resolved.problem.startsWith('missing') ? editableSeverity : 'error', resolved.problem, line);
        continue;
      }
      const display = (absolute: string) => path.relative(includes.displayRoot, absolute);
      if (chain.includes(resolved.file)) {
        report('error', `include cycle: ${[...chain, resolved.file].map(display).join(' → ')}`, line);
        continue;
      }
      if (chain.length > MAX_INCLUDE_DEPTH) {
        report('error', `includes nested more than ${MAX_INCLUDE_DEPTH} deep: expected a shorter chain`, line);
        continue;
      }
      const includeFile = display(resolved.file);
      const reportInInclude: Report = (severity, message, at, key) =>
        diagnostics.push({ file: includeFile, line: at, key, message, severity });
      const text = includeText(resolved.file);
      if ('problem' in text) {
        reportInInclude('error', text.problem, text.line);
        continue;
      }
      const included = nodesInOrder(parseArticle(text.text, 'md'));
      const docSetFile = path.relative(includes.folder, resolved.file).split(path.sep).join('/');
      checkBody(included, reportInInclude, editableSeverity, options.targets, docSetFile);
      checkIncludes(included, [...chain, resolved.file], reportInInclude, editableSeverity, options, diagnostics);
    }
  }
}

/** Every finding about one article's source: its frontmatter, links, images, includes and addresses. */
export function checkArticleSource(file: string, source: string, options: ArticleCheckOptions): CheckedArticle {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, message, line, key) => diagnostics.push({ file, line, key, message, severity });
  const editableSeverity: Severity = options.strict ? 'error' : 'warning';

  // Before any parser: their cost grows with the depth of every line they read.
  const nesting = deepestNesting(source);
  if (nesting.depth > MAX_NESTING) {
    report(
      'error',
      `block quotes and lists nested more than ${MAX_NESTING} deep: expected at most ${MAX_NESTING}`,
      nesting.line,
    );
    return { diagnostics, data: undefined, links: [] };
  }

  let tree: Root;
  try {
    tree = parseArticle(source, articleFormat(file));
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    report('error', `expected valid MDX: ${place.reason ?? place.message}`, place.line ?? undefined);
    return { diagnostics, data: undefined, links: [] };
  }

  const data = checkFrontmatter(tree, report, { strict: options.strict, editableSeverity, metadata: options.metadata });
  if (!tree.children.some((node) => node.type !== 'yaml')) {
    const end = tree.children[0]?.position?.end.line ?? 1;
    report(editableSeverity, "no body: expected the article's text after the frontmatter", end);
  }
  const nodes = nodesInOrder(tree);
  const links = checkBody(nodes, report, editableSeverity, options.targets, options.docSetFile);
  if (options.includes && options.docSetFile !== undefined) {
    const article = path.join(options.includes.folder, options.docSetFile);
    checkIncludes(nodes, [article], report, editableSeverity, options, diagnostics);
  }
  diagnostics.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file === file ? -1 : 1));
  return { diagnostics, data, links };
}
