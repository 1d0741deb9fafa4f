import type { Finding } from '../findings/finding.ts';
import { classify, MAX_TOC_DEPTH, newNode, walkToc, type TocNode, type TocResult } from './toc-model.ts';

const HEADING = /^ {0,3}(#+)[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * toc.md: each ATX heading is an item one level below the nearest heading with fewer "#". The text is
 * `[Name](href)`, `[Name]` or plain text (a group), `@uid` or `<xref:uid>`. Other lines, fenced code and
 * HTML comments are skipped, as DocFX's Markdown TOC reader does.
 */
export function parseMarkdownToc(fileName: string, text: string): TocResult {
  const diagnostics: Finding[] = [];
  const problem = (line: number, message: string) =>
    diagnostics.push({ code: 'toc-entry', file: fileName, line, message });
  const roots: TocNode[] = [];
  // Open headings, innermost last; node is undefined for a heading left out for depth, so its children go too.
  const open: { level: number; node: TocNode | undefined }[] = [];
  let fence: string | undefined;
  let inComment = false;

  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      return;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      return;
    }
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    if (raw.trimStart().startsWith('<!--')) {
      inComment = !raw.includes('-->', raw.indexOf('<!--') + 4);
      return;
    }
    const heading = HEADING.exec(raw);
    if (!heading) return;
    const level = heading[1]?.length ?? 1;
    const content = (heading[2] ?? '').replace(/[ \t]+#+[ \t]*$/, '').trim();
    const node = markdownNode(content, line);
    if (node === undefined) {
      problem(line, `expected a name or a [name](link) after "${'#'.repeat(level)}", got nothing`);
      return;
    }
    if (content.startsWith('[') && node.kind === 'group' && node.name === content) {
      problem(line, `expected a link of the form [name](path), got "${content}"; read as a plain name`);
    }
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= level) open.pop();
    const parent = open.at(-1);
    if (parent !== undefined && parent.node === undefined) {
      open.push({ level, node: undefined });
      return;
    }
    const parentLevel = parent?.level ?? 0;
    if (level > parentLevel + 1) {
      const expected = '#'.repeat(parentLevel + 1);
      const where =
        parent?.node === undefined ? 'to start the TOC' : `under "${parent.node.name}" (line ${parent.node.line})`;
      problem(line, `expected a "${expected}" heading ${where}, got "${'#'.repeat(level)}", which skips a level`);
    }
    if (open.length >= MAX_TOC_DEPTH) {
      problem(
        line,
        `expected TOC items nested at most ${MAX_TOC_DEPTH} deep, got deeper; this one and those under it are left out`,
      );
      open.push({ level, node: undefined });
      return;
    }
    (parent?.node === undefined ? roots : parent.node.items).push(node);
    open.push({ level, node });
  });
  walkToc(roots, (node) => {
    if (node.kind === 'group' && node.items.length === 0) {
      problem(node.line, `expected a link or child headings under "${node.name}", got neither, so it leads nowhere`);
    }
  });
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { items: roots, diagnostics };
}

function markdownNode(content: string, line: number): TocNode | undefined {
  if (content === '') return undefined;
  const node = newNode(line);
  const xref = /^(?:@(\S+)|<xref:([^>\s]+)>)$/.exec(content);
  const link = xref ? undefined : parseLink(content);
  if (xref) {
    node.uid = xref[1] ?? xref[2] ?? '';
  } else if (link !== undefined) {
    node.name = link.name;
    if (link.href !== undefined && link.href !== '') node.href = link.href;
    if (node.href?.startsWith('@')) node.uid = node.href.slice(1);
  } else {
    node.name = content;
  }
  classify(node);
  return node;
}

/** `[text](href "title")` or `[text]` taking the whole heading; brackets may nest or be escaped. */
function parseLink(content: string): { name: string; href?: string } | undefined {
  if (!content.startsWith('[')) return undefined;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '\\') i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const name = content
    .slice(1, end)
    .replace(/\\([[\]\\()])/g, '$1')
    .trim();
  const rest = content.slice(end + 1);
  if (rest === '') return { name };
  const target = /^\(\s*(?:<([^>]*)>|([^\s)]*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)$/.exec(rest);
  if (!target) return undefined;
  return { name, href: (target[1] ?? target[2] ?? '').trim() };
}
