import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ASSETS_DIR, buildHeadersFile, normalizeBase, pagePath, readPageMeta } from '../lib/static-headers';

/** Cloudflare Pages' documented limits for a `_headers` file. */
const CLOUDFLARE_MAX_RULES = 100;
const CLOUDFLARE_MAX_LINE = 2000;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * Makes the build ready for any static host: a base path always ending in "/", Astro's
 * per-page Content-Security-Policy (hashes of the inline styles, as a <meta> tag), and a
 * `_headers` file carrying that policy and the other security and caching headers for the
 * hosts that read one (Netlify, Cloudflare Pages).
 */
export function staticHosting(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-hosting',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        // Pages build links as BASE_URL + path, so "--base /palidziba" must mean "/palidziba/".
        base = normalizeBase(config.base);
        // Astro 7 lets an environment variable BASE_URL (which CI systems and test runners set
        // for their own ends) replace import.meta.env.BASE_URL in pages, and so every link.
        if (process.env['BASE_URL'] !== undefined) {
          if (process.env['BASE_URL'] !== base) {
            logger.warn(`ignoring the environment variable BASE_URL=${process.env['BASE_URL']}; the base is ${base}`);
          }
          delete process.env['BASE_URL'];
        }
        updateConfig({
          base,
          security: {
            csp: {
              algorithm: 'SHA-256',
              // Astro adds style-src and script-src with the hashes of what each page inlines.
              directives: ["default-src 'none'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"],
            },
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const output = fileURLToPath(dir);
        const pages = htmlFiles(output).map((file) => ({
          path: pagePath(file, base),
          ...readPageMeta(readFileSync(path.join(output, file), 'utf8')),
        }));
        const text = buildHeadersFile({ base, pages, hasHashedAssets: existsSync(path.join(output, ASSETS_DIR)) });
        writeFileSync(path.join(output, '_headers'), text);
        const rules = text.split('\n').filter((line) => line.startsWith('/')).length;
        logger.info(`_headers: ${rules} rule(s) for ${pages.length} page(s)`);
        if (rules > CLOUDFLARE_MAX_RULES) {
          logger.warn(
            `_headers has ${rules} rules; Cloudflare Pages reads ${CLOUDFLARE_MAX_RULES}. The first, site-wide rule still gives every page its headers and a policy allowing the site's own styles.`,
          );
        }
        const longest = Math.max(...text.split('\n').map((line) => line.length));
        if (longest > CLOUDFLARE_MAX_LINE) {
          logger.warn(`_headers has a ${longest}-character line; Cloudflare Pages allows ${CLOUDFLARE_MAX_LINE}.`);
        }
      },
    },
  };
}
