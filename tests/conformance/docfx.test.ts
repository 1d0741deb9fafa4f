import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderInFolder } from '../support/render-markdown.ts';
import { specExamples } from '../support/spec-examples.ts';

/**
 * The conformance fixtures: one file per DocFX construct under tests/fixtures/conformance/, its
 * examples written from the Microsoft Learn Markdown reference and DocFX's documentation, each
 * rendered through the whole Markdown layer as an article of that folder and compared with the
 * exact HTML the file gives (docs/docfx-coverage.md names each file).
 */
const FOLDER = fileURLToPath(new URL('../fixtures/conformance/', import.meta.url));
const FILES = readdirSync(FOLDER).filter((file) => file.endsWith('.spec.md'));

it('docs/docfx-coverage.md names each fixture, and only fixtures there are', () => {
  const table = readFileSync(new URL('../../docs/docfx-coverage.md', import.meta.url), 'utf8');
  const named = new Set([...table.matchAll(/`([\w-]+\.spec\.md)`/g)].map((match) => match[1]));
  expect([...named].sort()).toEqual([...FILES].sort());
});

describe.each(FILES)('%s', (file) => {
  const examples = specExamples(readFileSync(path.join(FOLDER, file), 'utf8'));

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [`line ${example.line}: ${example.section}`, example] as const))(
    '%s',
    async (_name, example) => {
      expect((await renderInFolder(example.markdown, FOLDER)).trimEnd()).toBe(example.html);
    },
  );
});
