import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { relativeSpecifiers } from '../support/imports.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The scripts that run with plain Node, which, unlike the test runner and Astro's bundler, finds no
 * file by a name without its extension: `npm run build`'s command and `npm run bench`'s.
 */
const SCRIPTS = ['src/commands/build.ts', 'tests/bench/run.ts', 'tests/bench/search.ts'];

/** Every relative import Node cannot follow, as "file: specifier", in the modules the scripts in `base` load. */
function unloadable(scripts: readonly string[], base = root): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const pending = [...scripts];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of relativeSpecifiers(readFileSync(path.join(base, file), 'utf8'), { loaded: true })) {
      const target = path.relative(base, path.resolve(path.dirname(path.join(base, file)), specifier));
      if (!/\.(?:ts|js|mjs|json)$/.test(specifier) || !existsSync(path.join(base, target))) {
        problems.push(`${file}: ${specifier}`);
      } else if (target.endsWith('.ts')) {
        pending.push(target);
      }
    }
  }
  return problems;
}

it('names the file of every module the build command and the benchmark load, as Node needs outside the test runner', () => {
  expect(unloadable(SCRIPTS)).toEqual([]);
});

it('finds an import without its extension, and one of a file that is not there, in the modules it follows', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'bench-imports-'));
  try {
    writeFileSync(
      path.join(base, 'script.ts'),
      [
        "import type { Shape } from './types';",
        "import { readFileSync } from 'node:fs';",
        "import { helper } from './helper';",
        "import {\n  other,\n} from './other.ts';",
        "export { gone } from './gone.ts';",
      ].join('\n'),
    );
    writeFileSync(path.join(base, 'other.ts'), "const later = await import('./later');\nexport const other = 1;\n");
    expect(unloadable(['script.ts'], base)).toEqual([
      'script.ts: ./helper',
      'script.ts: ./gone.ts',
      'other.ts: ./later',
    ]);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
