import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scale benchmark's site: every top-level article of the collection `copies` times, each
 * copy with its own file name and title ("… (3)"), so that the build has that many distinct
 * pages, and the media folder once; at most `limit` articles in all. Returns how many it wrote.
 */
export function writeCopySet(
  corpus: string,
  articles: readonly string[],
  folder: string,
  copies: number,
  limit = Infinity,
): number {
  mkdirSync(folder, { recursive: true });
  let written = 0;
  for (const name of articles) {
    const source = readFileSync(path.join(corpus, name), 'utf8');
    const stem = name.replace(/\.mdx?$/i, '');
    const extension = name.slice(stem.length);
    for (let copy = 1; copy <= copies && written < limit; copy++, written++) {
      // The frontmatter title and the first level-1 heading both name the copy.
      const text = source
        .replace(/^(title:\s*)(['"]?)(.*?)\2\s*$/m, (_, key: string, quote: string, title: string) =>
          quote ? `${key}${quote}${title} (${copy})${quote}` : `${key}${title} (${copy})`,
        )
        .replace(/^(#\s+.*?)\s*$/m, `$1 (${copy})`);
      writeFileSync(path.join(folder, `${stem}-${copy}${extension}`), text);
    }
  }
  if (existsSync(path.join(corpus, 'media')))
    cpSync(path.join(corpus, 'media'), path.join(folder, 'media'), { recursive: true });
  // On the disk before the build starts: a build timed while the system still writes out the
  // set it reads (100 MB at 28,150 articles) is timed against that too.
  spawnSync('sync');
  return written;
}
