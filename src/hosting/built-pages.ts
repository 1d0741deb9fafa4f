import { readdirSync } from 'node:fs';

/** The HTML files of a build folder, as sorted paths relative to it. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}
