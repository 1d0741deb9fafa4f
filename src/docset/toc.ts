/**
 * Reads a DocFX table of contents into a tree: `toc.yml` (a list of items, or the newer `{ items: [...] }`
 * root object) and `toc.md` (ATX headings, one level per `#`). Follows the DocFX "Table of Contents"
 * documentation and its toc.schema.json: items have `name`, `href`, `topicHref`, `tocHref`, `uid`,
 * `topicUid`, `displayName`, `expanded` and `items`. An `href` to another TOC file, or to a relative folder
 * ending in "/", nests that TOC here (kind "toc"); the caller loads and splices it. Every node keeps the
 * line of its item, and nesting is capped so a hostile file yields a problem, not a stack overflow.
 */
import { parseMarkdownToc } from './toc-markdown.ts';
import type { TocResult } from './toc-model.ts';
import { parseYamlToc } from './toc-yaml.ts';

export * from './toc-model.ts';
export { parseMarkdownToc } from './toc-markdown.ts';
export { parseYamlToc } from './toc-yaml.ts';

export function parseToc(fileName: string, text: string): TocResult {
  const extension = /\.[^./]*$/.exec(fileName)?.[0].toLowerCase();
  if (extension === '.md') return parseMarkdownToc(fileName, text);
  if (extension === '.yml' || extension === '.yaml' || extension === '.json') return parseYamlToc(fileName, text);
  return {
    items: [],
    diagnostics: [
      { code: 'toc-invalid', file: fileName, message: `expected a toc.yml or toc.md file, got "${fileName}"` },
    ],
  };
}
