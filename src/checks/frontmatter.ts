import type { Root, Yaml } from 'mdast';
import { isTabHeading } from '../markdown/tabs.ts';
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { checkedFrontmatterSchemaFor, FRONTMATTER_KEYS, type ArticleFrontmatter } from '../schemas/frontmatter.ts';
import type { FindingCode } from '../findings/finding.ts';
import { MAX_FRONTMATTER, MAX_YAML_ALIASES, yamlAliases } from './limits.ts';
import { closestMatch } from './suggest.ts';

/**
 * An article's YAML frontmatter against the one schema: broken YAML at the line where the
 * mistake starts, unknown keys with "did you mean", and each wrong value at its key's line.
 */

export type Report = (code: FindingCode, message: string, line?: number, key?: string) => void;

export interface FrontmatterCheckOptions {
  /** Our own content: the frontmatter and its required keys must be there. */
  strict: boolean;
  /** What docfx.json gives the file (globalMetadata, fileMetadata); its own frontmatter wins. */
  metadata?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * An article's frontmatter as the checks read it, when every value is right: what a build takes
 * rather than reading the article's YAML again (src/loaders/docs-loader.ts). The schema's output
 * alone, not the YAML as written: the pages read only the first, and the renderer's plugins only
 * the article's language, which it holds too (renderFrontmatter in src/markdown/document.ts).
 */
export interface ReadFrontmatter {
  /**
   * Through the schema, over what docfx.json gives the file. The checks' schema
   * (checkedFrontmatterSchemaFor) gives what the collection's gives wherever it accepts a value.
   */
  data: ArticleFrontmatter;
  /** Where the article's body starts: after the frontmatter's closing line. */
  bodyStart: number;
  /** The length of the source read: a file changed since is read again. */
  sourceLength: number;
}

export function checkFrontmatter(
  tree: Root,
  report: Report,
  { strict, metadata = {} }: FrontmatterCheckOptions,
): Pick<ReadFrontmatter, 'data'> | undefined {
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yamlNode && strict) {
    report('frontmatter-missing', 'expected YAML frontmatter between "---" lines at the top of the file', 1);
    return undefined;
  }
  // The YAML text starts on the line after the opening "---".
  const firstLine = (yamlNode?.position?.start.line ?? 1) + 1;
  const yamlText = yamlNode?.value ?? '';
  if (yamlText.length > MAX_FRONTMATTER || yamlAliases(yamlText) > MAX_YAML_ALIASES) {
    report(
      'frontmatter-invalid',
      `frontmatter too large: expected at most ${MAX_FRONTMATTER / 1024} KB and ${MAX_YAML_ALIASES} YAML aliases`,
      firstLine - 1,
    );
    return undefined;
  }
  let raw: unknown = {};
  try {
    if (yamlNode) raw = yaml.load(yamlNode.value) ?? {};
  } catch (error) {
    const { reason, line } = explainYamlError(yamlNode!.value, error);
    report('frontmatter-invalid', `broken YAML: ${reason}`, firstLine + line);
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('frontmatter-invalid', 'expected the frontmatter to be a map of "key: value" lines', firstLine);
    return undefined;
  }
  if (!strict && !('title' in raw) && !('title' in metadata) && !hasTitleHeading(tree)) {
    report(
      'title-missing',
      'expected a title: a "title" key in the frontmatter or a "# Title" heading; titled by its address',
      1,
      'title',
    );
  }

  const keyLines = topLevelKeyLines(yamlNode?.value ?? '', firstLine);
  for (const key of Object.keys(raw)) {
    if (FRONTMATTER_KEYS.includes(key)) continue;
    const suggestion = closestMatch(key, FRONTMATTER_KEYS);
    report(
      'metadata-unknown',
      `unknown key${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      keyLines.get(key),
      key,
    );
  }

  const merged: Record<string, unknown> = { ...metadata, ...raw };
  const result = checkedFrontmatterSchemaFor(strict).safeParse(merged);
  // Without the keys the article leaves out, which the schema gives as undefined: a build in parts'
  // plan holds this for every article of the doc set, and most keys are left out of most articles.
  if (result.success) return { data: definedOnly(result.data) };
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const missing = merged[key] === undefined;
    const fromDocfx = !missing && !(key in raw) ? ' (given by docfx.json)' : '';
    report(
      missing ? 'metadata-missing' : 'metadata-type',
      missing
        ? `required key is missing: ${issue.message}`
        : `${issue.message}${fromDocfx}${strict ? '' : '; left out'}`,
      keyLines.get(key) ?? Math.max(1, firstLine - 1),
      key || undefined,
    );
  }
  return undefined;
}

/** The object without its undefined values, which read the same (`data.key` is undefined either way). */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * Where an article's body starts: after the line that closes its frontmatter, the tree's first
 * node. None without a frontmatter block, or with lines ended by a lone CR: Astro's reader takes
 * some such blocks otherwise (after blank lines, in TOML, ...), so the build reads those itself.
 */
export function bodyStartOf(source: string, tree: Root): number | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  // Lines end as the parser ends them: CRLF, LF or a lone CR, which Astro's reader does not end
  // a line with.
  const lineEnd = /\r\n?|\n/g;
  for (let line = 0; line < first.position.end.line; line++) {
    const end = lineEnd.exec(source);
    if (!end) return source.length;
    if (end[0] === '\r') return undefined;
  }
  return lineEnd.lastIndex;
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A file that opens a frontmatter block ("---") and never closes it. */
export function frontmatterNeverCloses(source: string): boolean {
  const opening = OPENING_FENCE.exec(source);
  return opening !== null && !CLOSING_FENCE.test(source.slice(opening[0].length - 1));
}

/** DocFX titles a page without a title key by its first level-1 heading. */
function hasTitleHeading(tree: Root): boolean {
  // A tab group's heading names a tab, not the article.
  return tree.children.some((node) => node.type === 'heading' && node.depth === 1 && !isTabHeading(node));
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
