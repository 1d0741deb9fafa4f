import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inlineImageSize, screenMedia } from './media.ts';

/** A real image of the given size and format, as sharp (Astro's image library) writes it. */
function image(width: number, height: number, format: 'png' | 'jpeg' | 'gif' | 'webp'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .toFormat(format)
    .toBuffer();
}

const SVG =
  '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"></svg>';

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'media-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  return folder;
}

describe('screenMedia', () => {
  it('measures images that are what their names say, converting screenshots and photos only', async () => {
    const folder = folderWith({
      'a.png': await image(40, 20, 'png'),
      'b.JPG': await image(8, 6, 'jpeg'),
      'c.svg': SVG,
      'd.gif': await image(5, 5, 'gif'),
      'e.webp': await image(7, 3, 'webp'),
      'f.pdf': 'not checked',
    });
    const { invalid, images } = await screenMedia(folder, ['a.png', 'b.JPG', 'c.svg', 'd.gif', 'e.webp', 'f.pdf']);
    expect(invalid).toEqual([]);
    const facts = Object.fromEntries(
      [...images].map(([file, { width, height, convert }]) => [file, [width, height, convert]]),
    );
    expect(facts).toEqual({
      'a.png': [40, 20, true],
      'b.JPG': [8, 6, true],
      'c.svg': [30, 10, false],
      'd.gif': [5, 5, true],
      'e.webp': [7, 3, false],
    });
    expect(images.get('a.png')?.file).toBe(path.join(folder, 'a.png'));
  });

  it('passes an image of another format than its name says, which browsers show by its bytes', async () => {
    const folder = folderWith({ 'photo.gif': await image(4, 2, 'png') });
    const { invalid, images } = await screenMedia(folder, ['photo.gif']);
    expect(invalid).toEqual([]);
    expect(images.get('photo.gif')).toMatchObject({ width: 4, height: 2 });
  });

  it('names an empty image, text named as an image, and an image cut short before its pixels', async () => {
    const png = await image(40, 20, 'png');
    const folder = folderWith({
      'empty.png': '',
      'pointer.png': 'version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 12\n',
      'page.svg': '<html><body>Not found</body></html>',
      'cut.png': png.subarray(0, 40),
    });
    const { invalid, images } = await screenMedia(folder, ['empty.png', 'pointer.png', 'page.svg', 'cut.png']);
    expect(invalid).toEqual([
      { file: 'empty.png', problem: 'an empty file' },
      { file: 'pointer.png', problem: 'not a PNG image' },
      { file: 'page.svg', problem: 'not an SVG image' },
      { file: 'cut.png', problem: expect.stringMatching(/^not a readable image \(.+\)$/) },
    ]);
    expect(images.size).toBe(0);
  });

  it('publishes an image too large to convert as it is, with its size', async () => {
    // 8,000 × 6,000 pixels: above the 40 million a build decodes; a flat colour keeps the file small.
    const folder = folderWith({ 'huge.png': await image(8000, 6000, 'png') });
    const { images } = await screenMedia(folder, ['huge.png']);
    expect(images.get('huge.png')).toMatchObject({ width: 8000, height: 6000, convert: false });
  });
});

describe('inlineImageSize', () => {
  const uri = async (format: 'png' | 'gif' | 'jpeg') =>
    `data:image/${format};base64,${(await image(13, 7, format)).toString('base64')}`;

  it("reads a PNG's and a GIF's size from the start of its data: address", async () => {
    expect(inlineImageSize(await uri('png'))).toEqual({ width: 13, height: 7 });
    expect(inlineImageSize(await uri('gif'))).toEqual({ width: 13, height: 7 });
  });

  it('says nothing of other formats, of other bytes or of an address cut short', async () => {
    expect(inlineImageSize(await uri('jpeg'))).toBeUndefined();
    expect(
      inlineImageSize(`data:image/png;base64,${Buffer.from('not a PNG at all, just text').toString('base64')}`),
    ).toBeUndefined();
    expect(inlineImageSize('data:image/png;base64,iVBORw0KGgo=')).toBeUndefined();
    expect(inlineImageSize('/media/a.png')).toBeUndefined();
  });
});
