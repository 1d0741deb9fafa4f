import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Blockquote, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { articleFormat, hasArticleExtension } from '../articles/files.ts';
import { alertMarker } from '../markdown/alerts.ts';
import { legacyAnchorName } from '../markdown/anchors.ts';
import { videoAddress } from '../markdown/video.ts';
import { parseArticle } from './parse.ts';

/**
 * The checks and the pages read articles with Sätteri. remark (micromark) is the reference
 * CommonMark implementation: this shows Sätteri agrees with it on everything the checks report
 * on and the DocFX layer rewrites (links, images, definitions, headings, legacy anchors, alerts
 * and videos), each at the same line, so a finding's file:line points where it should.
 */
const remarkMarkdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const remarkMdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function remarkTree(file: string, source: string): Root {
  return (articleFormat(file) === 'mdx' ? remarkMdxParser : remarkMarkdown).parse(source);
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_FOLDERS = ['content', 'tests/fixtures/docfx', 'tests/fixtures/broken-articles'];

type Construct = string;

/** What a tree holds that matters to the checks and the DocFX layer, one line per construct. */
function constructs(tree: Root): Construct[] {
  const found: Construct[] = [];
  const at = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? '?';
  visit(tree, (node) => {
    const content = node as RootContent;
    switch (content.type) {
      case 'link':
      case 'definition':
        found.push(`${at(content)} ${content.type} ${content.url}`);
        break;
      case 'image':
        found.push(`${at(content)} image ${content.url} "${content.alt ?? ''}"`);
        break;
      case 'heading':
        found.push(`${at(content)} h${content.depth} ${toString(content).trim()}`);
        break;
      case 'blockquote': {
        const first = (content as Blockquote).children[0];
        const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
        const alert = lead?.type === 'text' ? alertMarker(lead.value) : undefined;
        if (alert) found.push(`${at(content)} alert ${alert.kind}`);
        const video = first ? videoAddress(toString(first)) : undefined;
        if (video) found.push(`${at(content)} video ${video}`);
        break;
      }
      default: {
        const anchor = legacyAnchorName(content);
        if (anchor !== undefined) found.push(`${at(content)} anchor ${anchor}`);
      }
    }
  });
  return found;
}

function fixtures(): { file: string; source: string }[] {
  return FIXTURE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(projectRoot, folder))
      .filter(hasArticleExtension)
      .map((name) => ({
        file: `${folder}/${name}`,
        source: readFileSync(path.join(projectRoot, folder, name), 'utf8'),
      })),
  );
}

/** Constructs the fixture folders lack, written from the CommonMark, GFM and DocFX references. */
const SNIPPETS: { file: string; source: string }[] = [
  {
    file: 'snippet/references.md',
    source:
      '# Virsraksts\n\nSkatiet [rakstu][raksts] un ![attēlu][bilde].\n\n[raksts]: other.md#daļa\n[bilde]: media/a.png\n',
  },
  {
    file: 'snippet/raw-html.md',
    source:
      'Teksts <a name="vieta"></a> un <img src="media/a.png">.\n\n## Otrs <a name="otrs"></a>\n\n> [!Tip]\n> Padoms.\n',
  },
  { file: 'snippet/anchors.mdx', source: '# <a name="x"></a>Virsraksts\n\nTeksts <a name="y"></a> beigas.\n' },
];

describe('Sätteri (checks and pages) and remark (the CommonMark reference) see the same article', () => {
  const cases = [...fixtures(), ...SNIPPETS];

  it('has fixtures with every kind of construct', () => {
    const all = cases.flatMap(({ file, source }) => constructs(remarkTree(file, source)));
    for (const kind of ['link', 'image', 'definition', 'h1', 'h2', 'anchor', 'alert', 'video']) {
      expect(
        all.some((line) => line.split(' ')[1] === kind),
        kind,
      ).toBe(true);
    }
  });

  it.each(cases.map(({ file, source }) => [file, source]))('%s', (file, source) => {
    const remark = constructs(remarkTree(file, source));
    const satteri = constructs(parseArticle(source, articleFormat(file)));
    // remark-gfm gives literal autolinks ("https://…" in running text) no position; Sätteri
    // does. Those lines are compared by address only, and only literal autolinks may lack one.
    const unplaced = remark.filter((line) => line.startsWith('? '));
    expect(
      unplaced.every((line) => /^\? link https?:\/\//.test(line)),
      unplaced.join('\n'),
    ).toBe(true);
    expect(
      satteri.map((line, index) => (remark[index]?.startsWith('? ') ? line.replace(/^\d+ /, '? ') : line)),
    ).toEqual(remark);
  });
});
