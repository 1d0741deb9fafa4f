import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writesSitePages, type BuildContext } from '../context/build-context';
import { builtPages } from '../hosting/built-pages';
import { ASSETS_DIR, formatHeadersFile, headerRules } from '../hosting/headers';
import { CLOUDFLARE_MAX_REDIRECTS, formatRedirectsFile } from '../hosting/redirects-file';
import { indexablePages, sitemapFiles } from '../hosting/sitemap';
import { normalizeBase } from '../utils/paths';

/** Cloudflare Pages' documented limits for a `_headers` file. */
const CLOUDFLARE_MAX_RULES = 100;
const CLOUDFLARE_MAX_LINE = 2000;

/**
 * Makes the build ready for any static host: a base path always ending in "/", and a
 * `_headers` file with the security and caching headers for the hosts that read one (Netlify,
 * Cloudflare Pages). The Content-Security-Policy is one constant (src/hosting/csp.ts):
 * BaseHead.astro writes it into every page, and `_headers` sends it with frame-ancestors.
 */
export function staticHosting(context: BuildContext): AstroIntegration {
  let base = '/';
  let site: string | undefined;
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
        updateConfig({ base });
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        // A part of a build in parts leaves the files that list every page to the site step.
        if (!writesSitePages(context)) return;
        const output = fileURLToPath(dir);
        const pages = builtPages(output, base).map(({ path, meta }) => ({
          path,
          robots: meta.robots,
          refresh: meta.refresh,
          modified: meta.modified,
        }));
        writeSitemap(output, pages, base, site, logger);
        const redirects = pages.flatMap((page) => (page.refresh ? [{ from: page.path, to: page.refresh }] : []));
        if (redirects.length > 0) {
          writeFileSync(path.join(output, '_redirects'), formatRedirectsFile(redirects));
          logger.info(`_redirects: ${redirects.length} permanent redirect(s)`);
          if (redirects.length > CLOUDFLARE_MAX_REDIRECTS) {
            logger.warn(
              `_redirects has ${redirects.length} redirects; Cloudflare Pages applies the first ${CLOUDFLARE_MAX_REDIRECTS}, the rest are served by their pages' refresh.`,
            );
          }
        }
        const allRules = headerRules({ base, pages, hasHashedAssets: existsSync(path.join(output, ASSETS_DIR)) });
        // Cloudflare Pages reads 100 rules; past them are only per-page X-Robots-Tag rules, whose
        // pages say the same in <meta name="robots">. The file stays within the limit and says so.
        const rules = allRules.slice(0, CLOUDFLARE_MAX_RULES);
        const text = formatHeadersFile(rules);
        writeFileSync(path.join(output, '_headers'), text);
        logger.info(`_headers: ${rules.length} rule(s) for ${pages.length} page(s), ${text.length} bytes`);
        const left = allRules.slice(CLOUDFLARE_MAX_RULES);
        if (left.length > 0) {
          const lost = [...new Set(left.flatMap((rule) => rule.headers.map(([name]) => name)))];
          logger.warn(
            lost.every((name) => name === 'X-Robots-Tag')
              ? `_headers keeps to Cloudflare Pages' ${CLOUDFLARE_MAX_RULES} rules: every security and caching header is in them; X-Robots-Tag is left out for ${left.length} page(s), whose <meta name="robots"> says the same.`
              : `_headers keeps to Cloudflare Pages' ${CLOUDFLARE_MAX_RULES} rules and leaves out ${lost.join(', ')} for ${left.length} path(s).`,
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

/**
 * `sitemap.xml` of the pages search engines may index, at full addresses: only when the site's
 * address is known (SITE_URL, or `astro build --site`). Named in `robots.txt` when the site is
 * the host's root, where crawlers read that file; else the log says where to name it.
 */
function writeSitemap(
  output: string,
  pages: Parameters<typeof indexablePages>[0],
  base: string,
  site: string | undefined,
  logger: { info(message: string): void },
): void {
  if (site === undefined) {
    logger.info("sitemap.xml: not written, the site's address is unknown (SITE_URL=https://…)");
    return;
  }
  const listed = indexablePages(pages, base);
  const files = sitemapFiles(listed, site, base);
  for (const [name, text] of files) writeFileSync(path.join(output, name), text);
  const address = new URL(`${base}sitemap.xml`, site).href;
  const robots = path.join(output, 'robots.txt');
  if (base === '/' && existsSync(robots)) {
    writeFileSync(robots, `${readFileSync(robots, 'utf8').trimEnd()}\n\nSitemap: ${address}\n`);
  }
  logger.info(
    `sitemap.xml: ${listed.length} page(s) of ${pages.length}${base === '/' ? '' : `; name it in the host's robots.txt: "Sitemap: ${address}"`}`,
  );
}
