import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DocSet } from '../docset/doc-set.ts';

/** The doc set's media, and the images only its source-language repository has. */
export function publishMedia(output: string, { source, inventory, fallbackMedia, invalidMedia }: DocSet): void {
  const invalid = new Set(invalidMedia.map(({ file }) => file));
  const publish = (from: string, files: readonly string[]) => {
    for (const file of files) {
      if (invalid.has(file)) continue;
      mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      copyFileSync(path.join(from, file), path.join(output, file));
    }
  };
  publish(source.folder, inventory.media);
  if (source.fallbackFolder) publish(source.fallbackFolder, fallbackMedia);
}
