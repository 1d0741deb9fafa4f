import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pagePath } from './headers.ts';

export interface BuiltPage {
  /** The HTML file, relative to the build folder ("a/index.html"). */
  file: string;
  /** The URL path it is served at, base included ("/palidziba/a/"). */
  path: string;
  html: string;
}

/** Read once per build: the `_headers` writer and the fragment check both go through every page. */
const builds = new Map<string, BuiltPage[]>();

/** The HTML pages of a finished build, sorted by file. */
export function builtPages(output: string, base: string): BuiltPage[] {
  const key = `${output}\0${base}`;
  let pages = builds.get(key);
  if (!pages) {
    pages = readdirSync(output, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => ({ file, path: pagePath(file, base), html: readFileSync(path.join(output, file), 'utf8') }));
    builds.set(key, pages);
  }
  return pages;
}
