import path from 'node:path';
import type { Code, RootContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { readSource } from '../articles/read.ts';
import type { FindingCode } from '../findings/finding.ts';
import { element, type Block } from './blocks.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes, tagSource } from './tag-attributes.ts';
import { resolveInclude, type IncludeBounds } from './includes.ts';

/**
 * Code from files (Microsoft Learn Markdown reference, "How to include code in docs"):
 *
 *     :::code language="csharp" source="../snippets/app.cs" range="3-5,9" id="snippet_Main":::
 *     [!code-csharp[](../snippets/app.cs#L3-L5)]      [!code-csharp[](app.cs?range=3-5)]
 *     [!code-csharp[](app.cs?name=snippet_Main)]
 *     [!notebook-python[] (../notebooks/train.ipynb?name=import)]
 *
 * A paragraph that is nothing but such a reference becomes a code block with the file's lines
 * (all, a range, or a named snippet between `<snippet_Main>` … `</snippet_Main>` or
 * `#region snippet_Main` … `#endregion` comments). The file is read as includes are: relative to
 * the article, inside the repository, never through a symbolic link.
 */

export interface CodeReference {
  /** The file, as written. */
  source: string;
  language: string;
  /** "3-5,9", from range="…", "#L3-L5" or "?range=3-5". */
  range?: string;
  /** A named snippet, from id="…" or "?name=…". */
  name?: string;
  /** Spaces to remove from each line ("?dedent=4"); by default the lines' common indentation. */
  dedent?: number;
  /** Lines to mark, counted in the code shown ("2-3,5"), from highlight="…" or "?highlight=". */
  highlight?: string;
  /** A caption above the code, from title="…". */
  title?: string;
  /** A Jupyter notebook (`[!notebook-…]`): its code cells, those whose name or tag is `name`. */
  notebook?: true;
}

const CODE_TAG = new RegExp(`^${tagSource('code')}$`);
const CODE_OPENING = /^\[!(code|notebook)(?:-([\w#+.-]+))?$/i;
/**
 * `[!notebook-python[] (file.ipynb?name=x)]`, as the Learn reference writes it: the space before
 * the address keeps CommonMark from reading a link, so the whole directive is one text.
 */
const NOTEBOOK_TEXT = /^\[!notebook(?:-([\w#+.-]+))?\[[^\]]*\]\s*\(\s*<?([^)>\s]+)>?\s*\)\s*\]$/i;

/** The code reference a paragraph holds, alone, or undefined. */
export function codeReference(children: readonly RootContent[]): CodeReference | undefined {
  const [first, second, third] = children;
  const notebook = children.length === 1 && first?.type === 'text' ? NOTEBOOK_TEXT.exec(first.value.trim()) : null;
  if (notebook) return fromAddress(notebook[2]!, notebook[1] ?? '', true);
  if (children.length === 1 && first?.type === 'text') {
    const match = CODE_TAG.exec(first.value.trim());
    if (!match) return undefined;
    const attributes = tagAttributes(match[1]!);
    const source = attributes.get('source');
    if (source === undefined) return undefined;
    return {
      source,
      language: attributes.get('language') ?? '',
      ...(attributes.has('range') ? { range: attributes.get('range')! } : {}),
      ...(attributes.has('id') ? { name: attributes.get('id')! } : {}),
      ...(attributes.get('highlight')?.trim() ? { highlight: attributes.get('highlight')!.trim() } : {}),
      ...(attributes.get('title')?.trim() ? { title: attributes.get('title')!.trim() } : {}),
    };
  }
  if (children.length !== 3 || first?.type !== 'text' || second?.type !== 'link' || third?.type !== 'text') {
    return undefined;
  }
  const opening = CODE_OPENING.exec(first.value.trim());
  if (!opening || third.value.trim() !== ']') return undefined;
  return fromAddress(second.url, opening[2] ?? '', opening[1]!.toLowerCase() === 'notebook');
}

/** A reference from a directive's address: `file?range=…&name=…#L3-L5` and the options it carries. */
function fromAddress(address: string, language: string, notebook: boolean): CodeReference {
  const [file, hash = ''] = address.split('#') as [string, string?];
  const [source, query = ''] = file.split('?') as [string, string?];
  const parameters = new URLSearchParams(query);
  const lines = /^L(\d+)(?:-L(\d+))?$/.exec(hash);
  const [start, end] = [parameters.get('start'), parameters.get('end')];
  const between = start || end ? `${start || 1}-${end ?? ''}` : undefined;
  const range = lines ? `${lines[1]}${lines[2] ? `-${lines[2]}` : ''}` : (parameters.get('range') ?? between);
  const name = parameters.get('name') ?? (!lines && hash !== '' ? hash : undefined);
  const dedent = Number(parameters.get('dedent'));
  const highlight = parameters.get('highlight')?.trim();
  return {
    source,
    language,
    ...(notebook ? { notebook: true as const } : {}),
    ...(range !== undefined ? { range } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(Number.isInteger(dedent) && dedent > 0 ? { dedent } : {}),
    ...(highlight ? { highlight } : {}),
  };
}

/** The lines a range names ("3-5,9"), 1-based; the whole text when there is none. */
export function linesOf(text: string, range: string | undefined): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (range === undefined || range.trim() === '') return lines.join('\n');
  const picked: string[] = [];
  for (const span of lineSpans(range, lines.length)) {
    if (span === undefined) return undefined;
    const [from, to] = span;
    if (from < 1 || to < from || from > lines.length) return undefined;
    picked.push(...lines.slice(from - 1, to));
  }
  return picked.join('\n');
}

/**
 * The spans a list of line numbers names ("3-5,9,12-"), 1-based and inclusive, an open end
 * reaching line `count`; undefined for a part that is no span. Ranges and highlights read alike.
 */
function lineSpans(list: string, count: number): ([number, number] | undefined)[] {
  return list.split(',').map((part) => {
    const match = /^\s*(\d+)\s*(?:-\s*(\d*)\s*)?$/.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    return [from, match[2] === undefined ? from : match[2] === '' ? count : Number(match[2])];
  });
}

/** A line that marks where a tagged snippet starts or ends (`// <Snippet1>`, `//</ Snippet1  >`), with its name. */
const TAG_LINE = /^\s*(?:\/\/|#|'|--|;|<!--|\/\*|\(\*|REM\b)?\s*<\s*(\/)?\s*([\w.-]+)\s*>\s*(?:-->|\*\/|\*\))?\s*$/i;
/** A line that starts a region (C#, VB, C++), with its name, or ends one. */
const REGION_START = /^\s*(?:#region|#pragma\s+region)\s+"?([^"\r\n]*?)"?\s*$/i;
const REGION_END = /^\s*(?:#endregion|#end\s+region|#pragma\s+endregion)\b/i;

/**
 * The lines of a named snippet, as DocFX finds them: between tags in comments (`<name>` …
 * `</name>`, spaces allowed inside them) or a region (`#region name` … its own `#endregion`, past
 * the regions nested in it; VB's `#Region "name"`, C++'s `#pragma region name`), names in any
 * case. The marker lines of other snippets inside it are left out, and the lines dedented.
 */
export function snippetOf(text: string, name: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const wanted = name.trim().toLowerCase();
  const isMarker = (line: string) => TAG_LINE.test(line) || REGION_START.test(line) || REGION_END.test(line);
  for (let start = 0; start < lines.length; start++) {
    const line = lines[start]!;
    const tag = TAG_LINE.exec(line);
    const region = REGION_START.exec(line);
    let end = -1;
    if (tag && !tag[1] && tag[2]!.toLowerCase() === wanted) {
      end = lines.findIndex((other, at) => {
        const closing = at > start ? TAG_LINE.exec(other) : null;
        return closing !== null && closing[1] === '/' && closing[2]!.toLowerCase() === wanted;
      });
    } else if (region && region[1]!.trim().toLowerCase() === wanted) {
      let depth = 0;
      for (let at = start + 1; at < lines.length && end === -1; at++) {
        if (REGION_START.test(lines[at]!)) depth++;
        else if (REGION_END.test(lines[at]!)) {
          if (depth === 0) end = at;
          else depth--;
        }
      }
    } else continue;
    if (end === -1) return undefined;
    return dedentBy(
      lines
        .slice(start + 1, end)
        .filter((inner) => !isMarker(inner))
        .join('\n'),
    );
  }
  return undefined;
}

/**
 * The lines with `spaces` of leading whitespace removed from each (no more than each has), or by
 * default their common indentation, as DocFX dedents the code it shows.
 */
export function dedentBy(text: string, spaces?: number): string {
  const lines = text.split('\n');
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const common = Math.min(...lines.filter((line) => line.trim() !== '').map(indent));
  const remove = spaces ?? (Number.isFinite(common) ? common : 0);
  return lines.map((line) => line.slice(Math.min(remove, indent(line)))).join('\n');
}

/**
 * The code cells of a Jupyter notebook, those named `name` (in the cell's metadata, as its name or
 * one of its tags) or all, a blank line between; undefined when the text is no notebook or none
 * is named so.
 */
export function notebookCells(text: string, name: string | undefined): string | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    return undefined;
  }
  const cells = (notebook as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return undefined;
  const code = cells.flatMap((cell: { cell_type?: unknown; source?: unknown; metadata?: Record<string, unknown> }) => {
    if (cell.cell_type !== 'code') return [];
    const tags = cell.metadata?.['tags'];
    const named = cell.metadata?.['name'] === name || (Array.isArray(tags) && tags.includes(name));
    if (name !== undefined && !named) return [];
    const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    return typeof source === 'string' ? [source.replace(/\n$/, '')] : [];
  });
  return code.length === 0 ? undefined : code.join('\n\n');
}

/** The code shown, and the file read, from the source-language repository when `fallback`. */
export type CodeResolution =
  { code: string; readFrom: string; fallback: boolean } | { problem: string; finding: FindingCode };

/** The code a reference shows, read from `fromFile`'s folder, or why it cannot be shown. */
export function resolveCode(fromFile: string, reference: CodeReference, bounds: IncludeBounds): CodeResolution {
  const resolved = resolveInclude(fromFile, reference.source, bounds);
  if ('problem' in resolved) {
    return {
      finding: resolved.code === 'include-missing' ? 'code-missing' : resolved.code,
      problem: resolved.problem.replace(/^missing include/, 'missing code file').replace(/^include /, 'code file '),
    };
  }
  const read = readSource(resolved.readFrom);
  if ('problem' in read) {
    const problem = `code file "${path.basename(resolved.file)}": ${read.problem}`;
    if (read.code !== 'file-empty') return { finding: 'include-unreadable', problem };
  }
  const text = 'problem' in read ? '' : read.text;
  const picked = reference.notebook
    ? notebookCells(text, reference.name)
    : reference.name !== undefined
      ? snippetOf(text, reference.name)
      : linesOf(text, reference.range);
  const code = picked === undefined ? undefined : dedentBy(picked, reference.dedent);
  if (code === undefined) {
    const what = reference.notebook
      ? `code cell${reference.name === undefined ? '' : ` named "${reference.name}"`} (a Jupyter notebook's JSON)`
      : reference.name !== undefined
        ? `snippet named "${reference.name}"`
        : `lines ${reference.range}`;
    return { finding: 'code-missing', problem: `code file "${path.basename(resolved.file)}" has no ${what}` };
  }
  return { code, readFrom: resolved.readFrom, fallback: resolved.fallback };
}

const CODE_TAGS = new RegExp(tagSource('code'), 'g');
const CODE_LINKS = /\[!(?:code|notebook)(?:-[\w#+.-]+)?\s*\[[^\]]*\]\s*\(\s*<?([^)>\s]+)>?\s*\)\s*\]/gi;

/** The code files a raw Markdown text names, in either form, without the parts after `?` or `#`. */
export function codePathsIn(text: string): string[] {
  const tags = [...text.matchAll(CODE_TAGS)].map((match) => tagAttributes(match[1]!).get('source'));
  const links = [...text.matchAll(CODE_LINKS)].map((match) => match[1]);
  return [...tags, ...links]
    .filter((source): source is string => source !== undefined)
    .map((source) => source.replace(/[?#].*$/, ''));
}

/** The line numbers (1-based) a highlight names ("2-3,5"); lines past the code are ignored. */
function highlighted(highlight: string | undefined, count: number): Set<number> {
  const marked = new Set<number>();
  for (const span of highlight === undefined ? [] : lineSpans(highlight, count)) {
    if (span === undefined) continue;
    for (let line = span[0]; line <= Math.min(span[1], count); line++) marked.add(line);
  }
  return marked;
}

/**
 * The code as a block: a plain code block, as Markdown's own; with `highlight`, its lines marked
 * (`<mark class="code-line">`); with `title`, in a figure captioned by it.
 */
function codeBlock(reference: CodeReference, code: string): Block {
  const language = reference.language || null;
  if (reference.highlight === undefined && reference.title === undefined) {
    return { type: 'code', lang: language, value: code } satisfies Code;
  }
  const lines = code.split('\n');
  const marked = highlighted(reference.highlight, lines.length);
  const children: Block[] = lines.flatMap((line, index): Block[] => [
    ...(index > 0 ? [{ type: 'text', value: '\n' } as Block] : []),
    marked.has(index + 1)
      ? element('docfxCodeLine', 'mark', { className: ['code-line'] }, [{ type: 'text', value: line } as Block])
      : ({ type: 'text', value: line } as Block),
  ]);
  const inner = element('docfxCodeText', 'code', language ? { className: [`language-${language}`] } : {}, children);
  const pre = element('docfxCode', 'pre', {}, [inner]);
  if (reference.title === undefined) return pre;
  const caption = element('docfxCodeTitle', 'figcaption', {}, [{ type: 'text', value: reference.title } as Block]);
  return element('docfxCodeFigure', 'figure', { className: ['code'] }, [caption, pre]);
}

/** A cheap look at a source: it may reference code, in either form. */
const USES = /\[!code|:::code|\[!notebook/i;

export function codePlugin(articleFile: string | undefined, bounds: IncludeBounds): MdastPluginEntry {
  return onlyIfUsed(USES, {
    name: 'docfx-code',
    paragraph(node, ctx) {
      if (articleFile === undefined) return;
      const reference = codeReference(node.children as RootContent[]);
      if (!reference) return;
      const resolved = resolveCode(articleFile, reference, bounds);
      // The checks report what cannot be shown; the page shows nothing rather than a broken tag.
      if ('problem' in resolved) ctx.removeNode(node);
      else ctx.replaceNode(node, codeBlock(reference, resolved.code));
    },
  });
}
