import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module of the content layer's store, which its pages read their entries from. */
export const STORE_MODULE = '\0astro:data-layer-content';

/** Where Astro writes the store in a build: `data-store.json` in its cache folder. */
export const storeFileIn = (cacheDir: URL) => fileURLToPath(new URL('data-store.json', cacheDir));

/**
 * Loads Astro's store module from the store file when the pages are written, rather than as Astro
 * does, with the whole store inlined in the bundle as one string literal. Inlined, every article's
 * data and HTML goes through the bundler and is then compiled as JavaScript: for 28,150 articles
 * (33 MB of store), 5-6 s of bundling and Astro's peak memory at about 2.0 GiB; read from the file,
 * under 1 s and about 1.6 GiB, with the same pages. `said` is told each time it takes the module.
 */
export function storeFromFile(storeFile: string, said: (bytes: number) => void): Plugin {
  return {
    name: 'content-store-from-file',
    load: {
      // Before Astro's own loader of the module, which would inline it.
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE || !existsSync(storeFile)) return null;
        said(statSync(storeFile).size);
        return {
          code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
          map: { mappings: '' },
        };
      },
    },
  };
}

/**
 * The store read from its file in a static build: the pages are written by this same process right
 * after bundling, while the file is there. A server build would need the file where it is served,
 * and Astro's chunked storage has no one file, so both keep Astro's own module.
 */
export function contentStore(): AstroIntegration {
  return {
    name: 'content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || config.output !== 'static' || (storage && storage !== 'single-file')) return;
        const storeFile = storeFileIn(config.cacheDir);
        const said = (bytes: number) =>
          logger.info(
            `the pages read the store from ${storeFile} (${(bytes / 1e6).toFixed(1)} MB), not from the bundle`,
          );
        updateConfig({ vite: { plugins: [storeFromFile(storeFile, said)] } });
      },
    },
  };
}
