import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test support: the project's own modules a source file imports, read from its text (relative
 * `import … from './x.ts'` and `export … from`), as absolute paths.
 */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g;

export function relativeImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) =>
    path.resolve(path.dirname(file), match[1] ?? match[2]!),
  );
}

/** Every module `entry` reaches through relative imports, itself included, resolving extensionless paths to .ts. */
export function reachableModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const resolved = /\.\w+$/.test(file) ? file : `${file}.ts`;
    if (seen.has(resolved)) return;
    seen.add(resolved);
    for (const next of relativeImports(resolved)) visit(next);
  };
  visit(entry);
  return seen;
}
