import path from 'node:path';
import type { Code, RootContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { readSource } from '../articles/read.ts';
import type { FindingCode } from '../findings/finding.ts';
import { onlyIfUsed } from './only-if-used.ts';
import { tagAttributes, tagSource } from './tag-attributes.ts';
import { resolveInclude, type IncludeBounds } from './includes.ts';

/**
 * Code from files (Microsoft Learn Markdown reference, "How to include code in docs"):
 *
 *     :::code language="csharp" source="../snippets/app.cs" range="3-5,9" id="snippet_Main":::
 *     [!code-csharp[](../snippets/app.cs#L3-L5)]      [!code-csharp[](app.cs?range=3-5)]
 *     [!code-csharp[](app.cs?name=snippet_Main)]
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
}

const CODE_TAG = new RegExp(`^${tagSource('code')}$`);
const CODE_OPENING = /^\[!code(?:-([\w#+.-]+))?$/i;

/** The code reference a paragraph holds, alone, or undefined. */
export function codeReference(children: readonly RootContent[]): CodeReference | undefined {
  const [first, second, third] = children;
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
    };
  }
  if (children.length !== 3 || first?.type !== 'text' || second?.type !== 'link' || third?.type !== 'text') {
    return undefined;
  }
  const opening = CODE_OPENING.exec(first.value.trim());
  if (!opening || third.value.trim() !== ']') return undefined;
  const [file, hash = ''] = second.url.split('#') as [string, string?];
  const [source, query = ''] = file.split('?') as [string, string?];
  const parameters = new URLSearchParams(query);
  const lines = /^L(\d+)(?:-L(\d+))?$/.exec(hash);
  const range = lines ? `${lines[1]}${lines[2] ? `-${lines[2]}` : ''}` : (parameters.get('range') ?? undefined);
  const name = parameters.get('name') ?? (!lines && hash !== '' ? hash : undefined);
  return {
    source,
    language: opening[1] ?? '',
    ...(range !== undefined ? { range } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}

/** The lines a range names ("3-5,9"), 1-based; the whole text when there is none. */
export function linesOf(text: string, range: string | undefined): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (range === undefined || range.trim() === '') return lines.join('\n');
  const picked: string[] = [];
  for (const part of range.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d*)\s*)?$/.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : match[2] === '' ? lines.length : Number(match[2]);
    if (from < 1 || to < from || from > lines.length) return undefined;
    picked.push(...lines.slice(from - 1, to));
  }
  return picked.join('\n');
}

/** The lines of a named snippet, between `<name>`…`</name>` or `#region name`…`#endregion` markers. */
export function snippetOf(text: string, name: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = new RegExp(`<${escaped}>|#region\\s+${escaped}\\b`, 'i');
  const start = lines.findIndex((line) => open.test(line));
  if (start === -1) return undefined;
  const close = new RegExp(`</${escaped}>|#endregion`, 'i');
  const end = lines.findIndex((line, index) => index > start && close.test(line));
  if (end === -1) return undefined;
  return lines.slice(start + 1, end).join('\n');
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
  const code = reference.name !== undefined ? snippetOf(text, reference.name) : linesOf(text, reference.range);
  if (code === undefined) {
    const what = reference.name !== undefined ? `snippet named "${reference.name}"` : `lines ${reference.range}`;
    return { finding: 'code-missing', problem: `code file "${path.basename(resolved.file)}" has no ${what}` };
  }
  return { code, readFrom: resolved.readFrom, fallback: resolved.fallback };
}

const CODE_TAGS = new RegExp(tagSource('code'), 'g');
const CODE_LINKS = /\[!code(?:-[\w#+.-]+)?\s*\[[^\]]*\]\(\s*<?([^)>\s]+)>?\s*\)\s*\]/gi;

/** The code files a raw Markdown text names, in either form, without the parts after `?` or `#`. */
export function codePathsIn(text: string): string[] {
  const tags = [...text.matchAll(CODE_TAGS)].map((match) => tagAttributes(match[1]!).get('source'));
  const links = [...text.matchAll(CODE_LINKS)].map((match) => match[1]);
  return [...tags, ...links]
    .filter((source): source is string => source !== undefined)
    .map((source) => source.replace(/[?#].*$/, ''));
}

/** A cheap look at a source: it may reference code, in either form. */
const USES = /\[!code|:::code/i;

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
      else
        ctx.replaceNode(node, { type: 'code', lang: reference.language || null, value: resolved.code } satisfies Code);
    },
  });
}
