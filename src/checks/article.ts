import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { articleFormat } from '../articles/files.ts';
import { resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { collectLinks, parseArticle, type LinkInfo } from './parse.ts';
import { urlProblem } from './url-problems.ts';

export interface ArticleCheckOptions {
  /** What links can point at on this site; without it links between articles are not checked. */
  targets?: LinkTargets;
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

/** Every finding about one article's source: its frontmatter, links, images and addresses. */
export function checkArticleSource(file: string, source: string, options: ArticleCheckOptions): CheckedArticle {
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
    const resolved = options.targets && resolveLink(url, options.targets).problem;
    if (resolved) report(resolved.severity === 'error' ? editableSeverity : 'warning', resolved.message, line);
  });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { diagnostics, data, links };
}
