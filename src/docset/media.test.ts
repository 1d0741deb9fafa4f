import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenMedia } from './media.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'media-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  return folder;
}

describe('screenMedia', () => {
  it('passes images that are what their names say, and files that are no images', () => {
    const folder = folderWith({
      'a.png': PNG,
      'b.JPG': Buffer.from('ffd8ffe000104a464946', 'hex'),
      'c.svg': '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'd.gif': 'GIF89a....',
      'e.pdf': 'not checked',
    });
    expect(screenMedia(folder, ['a.png', 'b.JPG', 'c.svg', 'd.gif', 'e.pdf'])).toEqual([]);
  });

  it('passes an image of another format than its name says, which browsers show by its bytes', () => {
    const folder = folderWith({ 'photo.gif': PNG });
    expect(screenMedia(folder, ['photo.gif'])).toEqual([]);
  });

  it('names an empty image, and text named as an image', () => {
    const folder = folderWith({
      'empty.png': '',
      'pointer.png': 'version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 12\n',
      'page.svg': '<html><body>Not found</body></html>',
    });
    expect(screenMedia(folder, ['empty.png', 'pointer.png', 'page.svg'])).toEqual([
      { file: 'empty.png', problem: 'an empty file' },
      { file: 'pointer.png', problem: 'not a PNG image' },
      { file: 'page.svg', problem: 'not an SVG image' },
    ]);
  });
});
