import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test support: the project's own modules a source file imports, read from its text (relative
 * `import … from './x.ts'` and `export … from`), as absolute paths.
 */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/**
 * The relative specifiers of a source as written. By default its static imports, `import type`
 * included; with `loaded`, what Node loads when it runs the source: without `import type` and
 * `export type`, which type stripping erases, and with `import('./x.ts')`.
 */
export function relativeSpecifiers(source: string, { loaded = false } = {}): string[] {
  return [...source.matchAll(IMPORT)].flatMap(([, typeOnly, from, bare, dynamic]) => {
    if (loaded) return typeOnly ? [] : [from ?? bare ?? dynamic!];
    return dynamic ? [] : [from ?? bare!];
  });
}

export function relativeImports(file: string): string[] {
  return relativeSpecifiers(readFileSync(file, 'utf8')).map((specifier) => path.resolve(path.dirname(file), specifier));
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
