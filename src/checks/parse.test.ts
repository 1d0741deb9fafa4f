import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { articleFormat, hasArticleExtension } from '../articles/files.ts';
import { nodesInOrder, ofType, parseArticle } from './parse.ts';

const fixtures = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const articles = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter(hasArticleExtension);

describe('nodesInOrder', () => {
  it("lists every node of each fixture article in unist-util-visit's order", () => {
    let checked = 0;
    for (const name of articles) {
      let tree;
      try {
        tree = parseArticle(readFileSync(path.join(fixtures, name), 'utf8'), articleFormat(name));
      } catch {
        continue; // fixtures of invalid MDX
      }
      const visited: Node[] = [];
      visit(tree, (node) => {
        visited.push(node);
      });
      expect(nodesInOrder(tree), name).toEqual(visited);
      expect(
        nodesInOrder(tree).every((node, index) => node === visited[index]),
        name,
      ).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps document order across the kinds asked for', () => {
    const tree = parseArticle('![a](a.png) [b](b)\n\n<img src="c.png">\n\n[d]: d\n', 'md');
    const kinds = ofType(nodesInOrder(tree), 'link', 'image', 'definition', 'html').map((node) => node.type);
    expect(kinds).toEqual(['image', 'link', 'html', 'definition']);
  });
});
