/**
 * Reads .openpublishing.redirection.json, the Open Publishing list of old article addresses:
 * `redirections[]` of `{ source_path, redirect_url, redirect_document_id? }`. `source_path` is the old
 * Markdown file relative to the repository root; newer files write `source_path_from_root` with a leading
 * "/" instead, and both are read. `redirect_url` may be a full URL, a path from the site root, or a path
 * relative to the old article, as the Microsoft Learn contributor guide allows.
 */
import { posix } from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { describeJson, member, parseJson, Problems, type JsonObject } from './json.ts';

export interface WrittenRedirection {
  /** The old file, relative to the repository root, with "/" separators: "articles/sales/old.md". */
  sourcePath: string;
  /** As written: a full address, a path from the site root, or a path from the old article. */
  redirectUrl: string;
  line: number;
}

export function parseRedirectionFile(
  file: string,
  text: string,
): { redirects: WrittenRedirection[]; diagnostics: Finding[] } {
  const { root, diagnostics } = parseJson(file, text, 'redirect-invalid');
  const redirects: WrittenRedirection[] = [];
  if (root === undefined) return { redirects, diagnostics };
  const problems = new Problems(file, 'redirect-invalid');
  const list = root.kind === 'object' ? member(root, 'redirections') : undefined;
  if (root.kind !== 'object') {
    problems.add(root.line, undefined, `expected an object with "redirections", got ${describeJson(root)}`);
  } else if (list === undefined) {
    problems.add(root.line, 'redirections', 'expected a "redirections" list, got none');
  } else if (list.value.kind !== 'array') {
    problems.add(list.line, 'redirections', `expected "redirections" to be a list, got ${describeJson(list.value)}`);
  } else {
    const seen = new Map<string, number>();
    list.value.items.forEach((item, index) => {
      const key = `redirections[${index}]`;
      if (item.kind !== 'object') {
        problems.add(item.line, key, `expected a redirection object, got ${describeJson(item)}`);
        return;
      }
      const redirect = readRedirection(item, key, problems);
      if (redirect === undefined) return;
      // Learn addresses ignore case, so "Old.md" and "old.md" are one address redirected twice.
      const folded = redirect.sourcePath.toLowerCase();
      const earlier = seen.get(folded);
      if (earlier !== undefined) {
        problems.add(
          redirect.line,
          `${key}.source_path`,
          `expected each source_path once, got "${redirect.sourcePath}" again (first on line ${earlier}); left out`,
          'redirect-duplicate',
        );
        return;
      }
      seen.set(folded, redirect.line);
      redirects.push(redirect);
    });
  }
  return { redirects, diagnostics: [...diagnostics, ...problems.diagnostics] };
}

function readRedirection(node: JsonObject, key: string, problems: Problems): WrittenRedirection | undefined {
  const relative = member(node, 'source_path');
  const fromRoot = member(node, 'source_path_from_root');
  const source = relative ?? fromRoot;
  let sourcePath: string | undefined;
  if (relative !== undefined && fromRoot !== undefined) {
    problems.add(node.line, key, 'expected one of "source_path" and "source_path_from_root", got both');
  } else if (source === undefined) {
    problems.add(node.line, `${key}.source_path`, 'expected "source_path" with the old file, got none');
  } else if (source.value.kind !== 'string') {
    problems.add(source.line, `${key}.${source.key}`, `expected a file path, got ${describeJson(source.value)}`);
  } else {
    sourcePath = checkSourcePath(source.value.value, source.key, source.line, `${key}.${source.key}`, problems);
  }

  const url = member(node, 'redirect_url');
  let redirectUrl: string | undefined;
  if (url === undefined) {
    problems.add(node.line, `${key}.redirect_url`, 'expected "redirect_url" with the new address, got none');
  } else if (url.value.kind !== 'string' || url.value.value.trim() === '') {
    problems.add(url.line, `${key}.redirect_url`, `expected an address, got ${describeJson(url.value)}`);
  } else {
    redirectUrl = url.value.value.trim();
  }

  // Whether Learn carries the page's id over decides nothing on a static site, but a value
  // Open Publishing would not read is still said. Localized repositories write "false" in quotes
  // (ProjectOperations does); Open Publishing accepts it.
  const documentId = member(node, 'redirect_document_id');
  if (documentId !== undefined) {
    const value = documentId.value;
    const readable = value.kind === 'boolean' || (value.kind === 'string' && /^(?:true|false)$/i.test(value.value));
    if (!readable) {
      const got = describeJson(value);
      const message = `expected true or false, got ${got}; read as false`;
      problems.add(documentId.line, `${key}.redirect_document_id`, message, 'redirect-form');
    }
  }

  if (sourcePath === undefined || redirectUrl === undefined) return undefined;
  return { sourcePath, redirectUrl, line: node.line };
}

function checkSourcePath(
  raw: string,
  field: string,
  line: number,
  key: string,
  problems: Problems,
): string | undefined {
  let path = raw.trim().replaceAll('\\', '/');
  if (path.startsWith('/')) {
    if (field === 'source_path') {
      problems.add(
        line,
        key,
        `expected a path relative to the repository root, got "${raw}"; read without the "/"`,
        'redirect-form',
      );
    }
    path = path.replace(/^\/+/, '');
  } else if (field === 'source_path_from_root') {
    problems.add(
      line,
      key,
      `expected a path starting with "/" from the repository root, got "${raw}"; read from the root`,
      'redirect-form',
    );
  }
  const normalized = posix.normalize(path === '' ? '.' : path);
  if (normalized === '.' || normalized === '..' || normalized.startsWith('../')) {
    problems.add(line, key, `expected a file inside the repository, got "${raw}"; left out`, 'redirect-source');
    return undefined;
  }
  const extension = posix.extname(normalized).toLowerCase();
  if (extension === '.yml' || extension === '.yaml') {
    problems.add(
      line,
      key,
      `expected a Markdown article (.md), got "${raw}", a YAML page this site does not publish; left out`,
      'redirect-source',
    );
    return undefined;
  } else if (extension !== '.md') {
    problems.add(line, key, `expected a Markdown article (.md), got "${raw}"; left out`, 'redirect-source');
    return undefined;
  }
  return normalized;
}
