import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function readPage(siteDir: string, page: string): { html: string; document: HTMLElement } {
  const html = readFileSync(path.join(siteDir, page), 'utf8');
  return { html, document: parse(html) };
}
