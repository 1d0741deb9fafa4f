import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LinkResolver } from './article-links.ts';
import { slugFromFileName } from './slug.ts';

export const MEDIA_DIR = 'media';

/** The media files of a content folder, as paths relative to it ("media/A.png"). */
export function listMediaFiles(folder: string): string[] {
  const media = path.join(folder, MEDIA_DIR);
  if (!existsSync(media)) return [];
  return readdirSync(media, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${MEDIA_DIR}/${entry.name}`)
    .sort();
}

export function createLinkResolver(
  articleFiles: readonly string[],
  mediaFiles: readonly string[],
  base: string,
): LinkResolver {
  const slugsByFileName = new Map(articleFiles.map((name) => [name.toLowerCase(), slugFromFileName(name)]));
  return {
    base: base.endsWith('/') ? base : `${base}/`,
    slugsByFileName,
    mediaFiles: new Map(mediaFiles.map((name) => [name.toLowerCase(), name])),
    articleSlugs: new Set(slugsByFileName.values()),
  };
}
