import path from 'node:path';
import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { articleFormat } from '../articles/files.ts';
import { resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import { codeReference, resolveCode } from '../markdown/code.ts';
import { directiveParts } from '../markdown/directive-lines.ts';
import { holds, paragraphLines } from '../markdown/lines.ts';
import { imageTags, imageType } from '../markdown/image.ts';
import { videoTags } from '../markdown/video.ts';
import { xrefUid } from '../markdown/xref.ts';
import { linesOutsideCode } from '../markdown/lines.ts';
import { SYNTAX_CHECKS } from '../markdown/index.ts';
import {
  findIncludes,
  includeText,
  MAX_INCLUDE_DEPTH,
  resolveInclude,
  type IncludeBounds,
} from '../markdown/includes.ts';
import type { Finding, FindingCode } from '../findings/finding.ts';
import { bodyStartOf, checkFrontmatter, frontmatterNeverCloses, type ReadFrontmatter } from './frontmatter.ts';
import { collectLinks, nodesInOrder, ofType, parseArticle, type LinkInfo } from './parse.ts';
import { deepestNesting, MAX_NESTING } from './limits.ts';
import { rawHtmlAddresses, rawHtmlRemovals, unclosedHtml } from './raw-html.ts';
import { urlProblem } from '../utils/url-problems.ts';

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
   * True for sources we edit ourselves: the frontmatter and its required keys must be there.
   * What each finding does to the build follows from its code (src/findings/codes.ts).
   */
  strict: boolean;
}

export interface CheckedArticle {
  diagnostics: Finding[];
  /** Its frontmatter, when it could be read and every value is right. */
  frontmatter: ReadFrontmatter | undefined;
  links: LinkInfo[];
  /** Include and code files read from the source-language repository, absolute. */
  fallbackFiles: string[];
}

type Report = (code: FindingCode, message: string, line?: number, key?: string) => void;

/** Findings about a body's links and images (an article's, or an include's, with its own file and path). */
function checkBody(
  nodes: readonly Nodes[],
  report: Report,
  targets: LinkTargets | undefined,
  docSetFile: string | undefined,
): LinkInfo[] {
  // The links inside include and code directives are paths to files, checked as such.
  const directives = new Set<unknown>();
  for (const node of ofType(nodes, 'paragraph')) {
    for (const { index } of findIncludes(node.children as RootContent[])) directives.add(node.children[index + 1]);
    for (const { paragraph } of directiveParagraphs(node)) {
      if (codeReference(paragraph.children as RootContent[])) directives.add(paragraph.children[1]);
    }
  }
  for (const heading of ofType(nodes, 'heading')) {
    if (heading.children.length > 0 && toString(heading).trim() !== '') continue;
    const message = 'heading without words: expected its text after the "#"; shown as an empty heading';
    report('heading-empty', message, heading.position?.start.line);
  }
  const links = collectLinks(nodes);
  for (const link of links) {
    if (link.text === '' && !directives.has(link.node)) {
      report('link-empty', `link to ${link.url} has no text: expected words for a reader to click`, link.line);
    }
  }
  const html = ofType(nodes, 'html');
  for (const { tag, line } of unclosedHtml(
    html.map((node) => ({ html: node.value, line: node.position?.start.line })),
  )) {
    report('html-unclosed', `<${tag}> never closed: expected "</${tag}>"; what follows may fall inside it`, line);
  }
  for (const node of html) {
    const line = node.position?.start.line;
    for (const removal of rawHtmlRemovals(node.value)) report('html-removed', removal, line);
    for (const url of rawHtmlAddresses(node.value)) {
      const problem = targets && resolveLink(url, targets, docSetFile).problem;
      if (problem) report(problem.code, problem.message, line);
    }
  }
  const withoutAlt = (line: number | undefined) =>
    report(
      'image-alt-missing',
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
  // Image and video tags, read from a paragraph's lines as the renderer reads them.
  for (const block of ofType(nodes, 'paragraph', 'tableCell', 'heading')) {
    // Words in a table cell or a heading are read as a paragraph's are.
    const paragraph = block as Paragraph;
    if (!holds(paragraph, ':::')) continue;
    const first = paragraph.position?.start.line;
    for (const [index, { texts }] of paragraphLines(paragraph, { textContent: toString }).entries()) {
      const line = first === undefined ? undefined : first + index;
      for (const { attributes } of imageTags(texts.join(''))) {
        const source = attributes.get('source');
        if (source === undefined || source.trim() === '') {
          report('image-source-missing', 'image tag without a source: expected source="…" naming the image', line);
        } else addresses.push({ url: source, type: 'image', line });
        const lightbox = attributes.get('lightbox');
        const target = attributes.get('link');
        // The renderer links to `link` where there is one, and then the lightbox is not shown.
        if (target !== undefined) addresses.push({ url: target, type: 'link', line });
        else if (lightbox !== undefined) addresses.push({ url: lightbox, type: 'image', line });
        const decorative = imageType(attributes) === 'icon' && target === undefined;
        if (!decorative && !attributes.get('alt-text')?.trim()) withoutAlt(line);
      }
      for (const { attributes } of videoTags(texts.join(''))) {
        const source = attributes.get('source')?.trim();
        if (source) addresses.push({ url: source, type: 'link', line });
        else
          report(
            'video-malformed',
            'video tag without a source: expected source="https://…"; shown as a link to nowhere',
            line,
          );
      }
    }
  }
  for (const node of addresses) {
    const { url, line } = node;
    const uid = xrefUid(url);
    if (uid !== undefined) {
      report('xref-unresolved', `cross-reference "${uid}" has no address here: shown as text`, line);
      continue;
    }
    const problem = urlProblem(url, node.type === 'image' ? 'image' : 'link');
    if (problem) {
      const what = node.type === 'link' ? 'link' : `${node.type} address`;
      report(
        problem.unsafe ? 'link-unsafe' : 'link-malformed',
        `${problem.unsafe ? 'unsafe' : 'malformed'} ${what}: ${problem.message}`,
        line,
      );
      continue;
    }
    const resolved = targets && resolveLink(url, targets, docSetFile).problem;
    if (resolved) report(resolved.code, resolved.message, line);
  }
  return links;
}

/** A paragraph as the renderer reads it: cut at its directive lines (see directive-lines.ts). */
function directiveParagraphs(node: Paragraph): { paragraph: Paragraph; line: number }[] {
  return directiveParts(node, { textContent: toString }) ?? [{ paragraph: node, line: 0 }];
}

const CONFLICT_MARKER = /^<{7}(?: |$)/;

/**
 * Findings about a source's DocFX syntax read line by line (each syntax's own check: blocks never
 * ended or ended twice, markers never closed…) and merge conflict markers left in.
 */
function checkSyntax(source: string, report: Report): void {
  // Most sources hold none of these: a look at the whole text spares reading it line by line.
  const checks = SYNTAX_CHECKS.filter((check) => check.uses.test(source));
  const conflicts = source.includes('<<<<<<<');
  if (checks.length === 0 && !conflicts) return;
  const lines = linesOutsideCode(source);
  for (const check of checks) {
    for (const { code, message, line } of check.problems(lines)) report(code, message, line);
  }
  for (const { text, line } of conflicts ? lines : []) {
    if (CONFLICT_MARKER.test(text)) {
      report('merge-conflict', 'Git merge conflict marker: expected one version of the text, without "<<<<<<<"', line);
    }
  }
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
  options: ArticleCheckOptions,
  diagnostics: Finding[],
  fallbackFiles: Set<string>,
): void {
  const includes = options.includes;
  if (!includes) return;
  const from = chain.at(-1)!;
  for (const node of ofType(nodes, 'paragraph')) {
    for (const { paragraph, line } of directiveParagraphs(node)) {
      const code = codeReference(paragraph.children as RootContent[]);
      const shown = code && resolveCode(from, code, includes.bounds);
      const start = node.position?.start.line;
      if (shown && 'problem' in shown) report(shown.finding, shown.problem, start === undefined ? start : start + line);
      else if (shown && shown.fallback) fallbackFiles.add(shown.readFrom);
    }
    for (const { path: written } of findIncludes(node.children as RootContent[])) {
      const line = node.position?.start.line;
      const resolved = resolveInclude(from, written, includes.bounds);
      if ('problem' in resolved) {
        report(resolved.code, resolved.problem, line);
        continue;
      }
      const display = (absolute: string) => path.relative(includes.displayRoot, absolute);
      if (chain.includes(resolved.file)) {
        report('include-loop', `include cycle: ${[...chain, resolved.file].map(display).join(' → ')}`, line);
        continue;
      }
      if (chain.length > MAX_INCLUDE_DEPTH) {
        report('include-depth', `includes nested more than ${MAX_INCLUDE_DEPTH} deep: expected a shorter chain`, line);
        continue;
      }
      const includeFile = display(resolved.file);
      const reportInInclude: Report = (code, message, at, key) =>
        diagnostics.push({ code, file: includeFile, line: at, key, message });
      if (resolved.fallback) fallbackFiles.add(resolved.readFrom);
      const text = includeText(resolved.readFrom);
      if ('problem' in text) {
        reportInInclude('include-unreadable', `${text.problem}; left out of the articles that include it`, text.line);
        continue;
      }
      checkSyntax(text.text, reportInInclude);
      const included = nodesInOrder(parseArticle(text.text, 'md'));
      const docSetFile = path.relative(includes.folder, resolved.file).split(path.sep).join('/');
      checkBody(included, reportInInclude, options.targets, docSetFile);
      checkIncludes(included, [...chain, resolved.file], reportInInclude, options, diagnostics, fallbackFiles);
    }
  }
}

/** Every finding about one article's source: its frontmatter, links, images, includes and addresses. */
export function checkArticleSource(file: string, source: string, options: ArticleCheckOptions): CheckedArticle {
  const diagnostics: Finding[] = [];
  const fallbackFiles = new Set<string>();
  const report: Report = (code, message, line, key) => diagnostics.push({ code, file, line, key, message });
  const refused = () => ({ diagnostics, frontmatter: undefined, links: [], fallbackFiles: [] });

  // Before any parser: their cost grows with the depth of every line they read.
  const nesting = deepestNesting(source);
  if (nesting.depth > MAX_NESTING) {
    report(
      'nesting-limit',
      `block quotes and lists nested more than ${MAX_NESTING} deep: expected at most ${MAX_NESTING}`,
      nesting.line,
    );
    return refused();
  }
  // Read as Markdown, such a file would publish its metadata as text under a horizontal rule.
  if (frontmatterNeverCloses(source)) {
    report('frontmatter-invalid', 'frontmatter never closes: expected a "---" line after the metadata', 1);
    return refused();
  }

  let tree: Root;
  try {
    tree = parseArticle(source, articleFormat(file));
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    report('mdx-invalid', `expected valid MDX: ${place.reason ?? place.message}`, place.line ?? undefined);
    return refused();
  }

  const read = checkFrontmatter(tree, report, { strict: options.strict, metadata: options.metadata });
  if (!tree.children.some((node) => node.type !== 'yaml')) {
    const end = tree.children[0]?.position?.end.line ?? 1;
    report('body-empty', "no body: expected the article's text after the frontmatter", end);
  }
  checkSyntax(source, report);
  const nodes = nodesInOrder(tree);
  const links = checkBody(nodes, report, options.targets, options.docSetFile);
  if (options.includes && options.docSetFile !== undefined) {
    const article = path.join(options.includes.folder, options.docSetFile);
    checkIncludes(nodes, [article], report, options, diagnostics, fallbackFiles);
  }
  diagnostics.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file === file ? -1 : 1));
  const bodyStart = bodyStartOf(source, tree);
  const frontmatter = read && bodyStart !== undefined ? { ...read, bodyStart, sourceLength: source.length } : undefined;
  return { diagnostics, frontmatter, links, fallbackFiles: [...fallbackFiles] };
}
