import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { hasArticleExtension } from '../articles/files.ts';
import { frontmatterSchemaFor } from '../schemas/frontmatter.ts';
import { checkArticleSource } from './article.ts';
import {
  corpusAvailable,
  corpusDir,
  dynamics365OperationsAvailable,
  dynamics365OperationsDir,
} from '../../tests/support/corpus.ts';

/**
 * A build takes each article's frontmatter and body from the checks (ReadFrontmatter) where they
 * give them, and from Astro's own reader and the collection's schema where they do not. Both must
 * give the same article: the body as Astro's reader cuts it (the block blanked, then trimmed), the
 * data as the collection's schema makes it of the frontmatter Astro's reader parses.
 */
function astroReads(source: string): { body: string; data: unknown } {
  const { content, frontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return { body: content.trim(), data: frontmatterSchemaFor(false).parse(frontmatter) };
}

function checksRead(file: string, source: string) {
  const { frontmatter } = checkArticleSource(file, source, { strict: false });
  return frontmatter && { body: source.slice(frontmatter.bodyStart).trim(), data: frontmatter.data };
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function articlesIn(folder: string, limit = Infinity): { file: string; source: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter(hasArticleExtension)
    .sort()
    .slice(0, limit)
    .map((file) => ({ file, source: readFileSync(path.join(folder, file), 'utf8') }));
}

/**
 * The seed article, damaged as real files are: each a way a frontmatter block can open or close,
 * and whether the checks give its frontmatter (where they do not, Astro's reader reads it).
 */
const seed = readFileSync(path.join(projectRoot, 'content/transfer-licenses-between-tenants.mdx'), 'utf8');
const DAMAGED: [string, string, boolean][] = [
  ['as written', seed, true],
  ['a byte order mark', `\uFEFF${seed}`, true],
  ['CRLF lines', seed.replace(/\n/g, '\r\n'), true],
  ['lone CR lines', seed.replace(/\n/g, '\r'), false],
  ['spaces after the fences', seed.replace(/^---$/gm, '---  '), true],
  ['no blank line after the block', seed.replace(/\n---\n\n/, '\n---\n'), true],
  ['an empty block', seed.replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n'), true],
  ['blank lines before the block', `\n\n${seed}`, false],
  ['a body that is only the block', seed.slice(0, seed.indexOf('\n---\n') + 4), true],
  ['a thematic break later in the body', `${seed}\n---\n\nBeigas.\n`, true],
  ['a four-dash line inside the block', seed.replace('ms.date:', 'description: |\n  ----\nms.date:'), true],
  ['TOML instead of YAML', seed.replace(/^---$/gm, '+++').replace(/: (.*)$/gm, ' = "$1"'), false],
  ['no block at all', seed.replace(/^---\n[\s\S]*?\n---\n/, ''), false],
];

describe("the checks' frontmatter and body are the ones Astro's reader gives", () => {
  it.each(DAMAGED)('%s', (_, source, given) => {
    const checked = checksRead('a.md', source);
    expect(checked !== undefined).toBe(given);
    if (checked) expect(checked).toEqual(astroReads(source));
  });

  it.skipIf(!corpusAvailable)('for every article of the collection, and 300 of Dynamics 365', () => {
    const dynamics = dynamics365OperationsAvailable ? articlesIn(dynamics365OperationsDir, 300) : [];
    const articles = [...articlesIn(corpusDir), ...dynamics];
    const differ = articles.filter(({ file, source }) => {
      const checked = checksRead(file, source);
      return checked !== undefined && JSON.stringify(checked) !== JSON.stringify(astroReads(source));
    });
    expect(articles.length).toBeGreaterThan(3_000);
    expect(differ.map(({ file }) => file)).toEqual([]);
  });
});
