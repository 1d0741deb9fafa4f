import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { routeOf } from '../../src/articles/slug.ts';
import { articleFormat } from '../../src/articles/files.ts';
import { parseArticle } from '../../src/checks/parse.ts';
import { LATVIAN_WORD, stemLatvian } from '../../src/search/latvian-stemmer.ts';

/**
 * Test support: which articles hold a form of a word, read from the sources rather than from
 * the search index, so that a search can be held to them. An article's words are those of its
 * Markdown text (headings, paragraphs, lists, tables, code); raw HTML and frontmatter are left out.
 */
export interface WordForms {
  /** The site paths ("/slug/", "/" for the landing page) of the articles holding a form of the word. */
  articlesWith(word: string): Set<string>;
  /** The forms of the word the articles hold, as written. */
  formsOf(word: string): Set<string>;
}

export function readWordForms(folder: string, files: readonly string[]): WordForms {
  const articlesByStem = new Map<string, Set<string>>();
  const formsByStem = new Map<string, Set<string>>();
  for (const file of files) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    const tree = parseArticle(source, articleFormat(file));
    const body = { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
    const text = toString(body, { includeHtml: false, includeImageAlt: false });
    const route = routeOf(file);
    const sitePath = route === '' ? '/' : `/${route}/`;
    for (const [word] of text.normalize('NFC').matchAll(LATVIAN_WORD)) {
      const stem = stemLatvian(word);
      if (!articlesByStem.has(stem)) articlesByStem.set(stem, new Set());
      if (!formsByStem.has(stem)) formsByStem.set(stem, new Set());
      articlesByStem.get(stem)!.add(sitePath);
      formsByStem.get(stem)!.add(word.toLocaleLowerCase('lv'));
    }
  }
  return {
    articlesWith: (word) => articlesByStem.get(stemLatvian(word)) ?? new Set(),
    formsOf: (word) => formsByStem.get(stemLatvian(word)) ?? new Set(),
  };
}
