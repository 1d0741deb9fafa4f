import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStore, STORE_MODULE, storeFileIn, storeFromFile } from './content-store.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Load = (id: string) => { code: string } | null;
const loadOf = (plugin: ReturnType<typeof storeFromFile>) => (plugin.load as { handler: Load }).handler;

describe('the content store read from its file', () => {
  // Astro's store as it writes it: devalue's flat array, Latvian text and all.
  const store = [['Map', 1, 2], 'articles', ['Map', 3, 4], 'a', { title: 5 }, 'Licences pārsūtīšana "A"'];
  const storeFile = path.join(folder, 'data-store.json');
  writeFileSync(storeFile, JSON.stringify(store));

  it('is a module that reads the file when imported, and exports what it holds', async () => {
    const sizes: number[] = [];
    const loaded = loadOf(storeFromFile(storeFile, (bytes) => sizes.push(bytes)))(STORE_MODULE);
    expect(loaded?.code).not.toContain('pārsūtīšana');
    const module = path.join(folder, 'store-module.mjs');
    writeFileSync(module, loaded!.code);
    expect(((await import(pathToFileURL(module).href)) as { default: unknown }).default).toEqual(store);
    expect(sizes).toEqual([Buffer.byteLength(JSON.stringify(store))]);
  });

  it("leaves any other module, or a store not written, to Astro's own loader", () => {
    expect(loadOf(storeFromFile(storeFile, () => {}))('\0astro:content')).toBeNull();
    expect(loadOf(storeFromFile(path.join(folder, 'none.json'), () => {}))(STORE_MODULE)).toBeNull();
  });

  it('applies to a static build only, with the store in one file', () => {
    const pluginsAdded = (command: string, output: string, collectionStorage?: string) => {
      const added: unknown[] = [];
      const setup = contentStore().hooks['astro:config:setup'] as unknown as (options: object) => void;
      setup({
        command,
        config: { output, cacheDir: pathToFileURL(`${folder}/`), experimental: { collectionStorage } },
        updateConfig: ({ vite }: { vite: { plugins: unknown[] } }) => added.push(...vite.plugins),
        logger: { info: () => {} },
      });
      return added.length;
    };
    expect(pluginsAdded('build', 'static')).toBe(1);
    expect(pluginsAdded('build', 'static', 'single-file')).toBe(1);
    expect(pluginsAdded('dev', 'static')).toBe(0);
    expect(pluginsAdded('build', 'server')).toBe(0);
    expect(pluginsAdded('build', 'static', 'chunked')).toBe(0);
    expect(storeFileIn(pathToFileURL(`${folder}/`))).toBe(storeFile);
  });
});
