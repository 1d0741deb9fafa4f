import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger, RefreshContentOptions } from 'astro';
import type { ViteDevServer } from 'vite';
import { hasArticleExtension } from '../articles/files';
import { updateArticle } from '../articles/link-targets';
import { checkFiles } from '../checks/files';
import type { DocSet } from '../docset/doc-set';
import { updateInventory } from '../docset/inventory';
import { formatDiagnostic, judge } from '../findings/finding.ts';
import { RENDER_ALL } from '../loaders/docs-loader';
import { normalizeBase } from '../utils/paths';

/**
 * What `astro dev` adds to a build's work: the doc set's media served at their published
 * addresses, an article checked again on save, and links that follow articles added or removed.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
};

/** The dev server serves the doc set's media as the build publishes them, at the same addresses. */
export function serveMedia(server: ViteDevServer, docSet: DocSet, base: string): void {
  const { source, inventory, fallbackMedia } = docSet;
  const files = new Map<string, string>([
    ...fallbackMedia.map((file): [string, string] => [file, path.join(source.fallbackFolder ?? source.folder, file)]),
    ...inventory.media.map((file): [string, string] => [file, path.join(source.folder, file)]),
  ]);
  const root = normalizeBase(base);
  server.middlewares.use((request, response, next) => {
    const requested = (request.url ?? '').split('?')[0] ?? '';
    let file: string | undefined;
    try {
      file = requested.startsWith(root) ? files.get(decodeURI(requested.slice(root.length))) : undefined;
    } catch {
      file = undefined;
    }
    if (!file) return next();
    response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(readFileSync(file));
  });
}

/** On save, an article is checked again and its findings said as a build says them. */
export function recheckOnSave(
  server: ViteDevServer,
  docSet: DocSet,
  strict: boolean,
  logger: AstroIntegrationLogger,
): void {
  const { source, targets } = docSet;
  server.watcher.add(source.folder);
  const recheck = (absolute: string) => {
    const name = path.relative(source.folder, absolute).split(path.sep).join('/');
    if (name.startsWith('..') || !hasArticleExtension(name) || !existsSync(absolute)) return;
    const diagnostics = checkFiles({
      folder: source.folder,
      root: source.root,
      names: [name],
      targets,
      strict,
      docfx: source.docfx,
      displayRoot: process.cwd(),
      fallbackRoot: source.fallbackRoot,
    }).diagnostics.map((finding) => judge(finding, strict));
    for (const diagnostic of diagnostics) {
      (diagnostic.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic));
    }
    if (diagnostics.length === 0) logger.info(`${path.relative(process.cwd(), absolute)}: checked, no findings`);
  };
  server.watcher.on('change', recheck);
  server.watcher.on('add', recheck);
}

/**
 * An article added or removed while the dev server runs: links lead to it (or no longer) at
 * once, and every page is rendered again with that news.
 */
export function followNewArticles(
  server: ViteDevServer,
  { source, inventory, targets }: DocSet,
  refreshContent: ((options: RefreshContentOptions) => Promise<void>) | undefined,
): void {
  const follow = (present: boolean) => (absolute: string) => {
    const name = path.relative(source.folder, absolute).split(path.sep).join('/');
    if (name.startsWith('..') || !hasArticleExtension(name)) return;
    // The build's one doc set, which the loader and the pages read: the article is in it (or not).
    if (!updateInventory(inventory, name, source.docfx, present)) return;
    updateArticle(targets, name, present);
    void refreshContent?.({ loaders: ['docs-loader'], context: { [RENDER_ALL]: true } });
  };
  server.watcher.on('add', follow(true));
  server.watcher.on('unlink', follow(false));
}
