import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reachableModules } from '../../tests/support/imports.ts';
import { cacheDirFor, RENDERING_SOURCES, renderingFiles } from './render-cache.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the project's rendering code, to change without touching the real one. */
function copyOfRenderingCode(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'render-cache-'));
  for (const source of [...RENDERING_SOURCES.folders, ...RENDERING_SOURCES.files]) {
    cpSync(path.join(projectRoot, source), path.join(root, source), { recursive: true });
  }
  return root;
}

describe('the render cache key', () => {
  it('covers every plugin file of the Markdown layer, tests aside', () => {
    const files = renderingFiles(projectRoot);
    expect(files).toContain('src/markdown/index.ts');
    expect(files).toContain('src/markdown/alerts.ts');
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
  });

  it('covers every module the processor and the loader reach, wherever it lives', () => {
    const files = new Set(renderingFiles(projectRoot));
    const reached = [
      ...reachableModules(path.join(projectRoot, 'src/markdown/processor.ts')),
      ...reachableModules(path.join(projectRoot, 'src/loaders/docs-loader.ts')),
    ].map((file) => path.relative(projectRoot, file).split(path.sep).join('/'));
    expect([...new Set(reached)].filter((file) => !files.has(file))).toEqual([]);
  });

  it('differs per content folder, per content of the code, and when a plugin file is renamed', () => {
    const root = copyOfRenderingCode();
    const first = cacheDirFor('/a', root);
    expect(cacheDirFor('/a', root)).toBe(first);
    expect(cacheDirFor('/b', root)).not.toBe(first);

    renameSync(path.join(root, 'src/markdown/alerts.ts'), path.join(root, 'src/markdown/callouts.ts'));
    const renamed = cacheDirFor('/a', root);
    expect(renamed).not.toBe(first);

    writeFileSync(path.join(root, 'src/markdown/callouts.ts'), '// changed\n', { flag: 'a' });
    expect(cacheDirFor('/a', root)).not.toBe(renamed);
  });

  it('fails loudly when the rendering code is not where it is expected', () => {
    const root = copyOfRenderingCode();
    rmSync(path.join(root, 'src/markdown'), { recursive: true });
    expect(() => cacheDirFor('/a', root)).toThrow(/render cache: no folder src\/markdown/);
    const other = copyOfRenderingCode();
    rmSync(path.join(other, 'src/site.config.ts'));
    expect(() => cacheDirFor('/a', other)).toThrow(/render cache: no file src\/site\.config\.ts/);
  });
});
