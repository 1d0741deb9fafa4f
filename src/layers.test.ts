import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relativeImports } from '../tests/support/imports.ts';

/**
 * The folders of src/ are layers: a folder may use one below it, never one that uses it back, so
 * each can be read (and changed) knowing only what is beneath it. This reads every import of the
 * source (tests aside) and names each circle of folders.
 */

const src = fileURLToPath(new URL('.', import.meta.url));

/** "checks/article.ts" → "checks"; a file at the top of src/ is a layer of its own, by name. */
function layerOf(file: string): string {
  const [first, ...rest] = file.split('/');
  return rest.length > 0 ? first! : file.replace(/\.\w+$/, '');
}

function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(?:ts|astro)$/.test(file) && !/\.test\.ts$/.test(file),
  );
  for (const file of files) {
    const from = layerOf(file.split(path.sep).join('/'));
    for (const imported of relativeImports(path.join(src, file))) {
      const target = path.relative(src, imported);
      if (target.startsWith('..')) continue;
      const to = layerOf(target.split(path.sep).join('/'));
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Each circle of layers, as "a → b → a", found from every layer in turn. */
function circles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const found = new Set<string>();
  const walk = (layer: string, trail: readonly string[]) => {
    for (const next of edges.get(layer) ?? []) {
      if (next === trail[0]) found.add([...trail, next].join(' → '));
      else if (!trail.includes(next)) walk(next, [...trail, next]);
    }
  };
  for (const layer of edges.keys()) walk(layer, [layer]);
  return [...found].sort();
}

describe('the folders of src/', () => {
  it('import one another in no circle', () => {
    expect(circles(folderImports())).toEqual([]);
  });

  it('are read as the check reads them: a circle written on purpose is found', () => {
    const withCircle = new Map([
      ['markdown', new Set(['checks'])],
      ['checks', new Set(['markdown'])],
    ]);
    expect(circles(withCircle)).toEqual(['checks → markdown → checks', 'markdown → checks → markdown']);
  });
});

describe("the README's map of the source", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Where things live'), readme.indexOf('## Dependencies'));

  it('names every folder of src/, and no folder that is not there', () => {
    const named = new Set([...section.matchAll(/src\/([\w-]+)\//g)].map((match) => match[1]!));
    const present = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...named].sort()).toEqual(present.sort());
  });
});
