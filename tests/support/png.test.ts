import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inkShare, luminanceAt, readPng } from './png.ts';

/** A PNG of `rows` (each an array of RGB bytes), every row written with `filter`. */
function png(width: number, rows: number[][], filter = 0, colour = 2): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([8, colour, 0, 0, 0], 8);
  const raw = Buffer.concat(rows.map((row) => Buffer.from([filter, ...row])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readPng', () => {
  it('reads the pixels of unfiltered rows', () => {
    const image = readPng(png(2, [[255, 255, 255, 0, 0, 0]]));
    expect([image.width, image.height]).toEqual([2, 1]);
    expect([...image.rgb]).toEqual([255, 255, 255, 0, 0, 0]);
    expect(luminanceAt(image, 0, 0)).toBe(1);
    expect(luminanceAt(image, 1, 0)).toBe(0);
    expect(inkShare(image)).toBe(0.5);
  });

  it('undoes the "sub" and "up" filters as a PNG writer applies them', () => {
    // Sub: each byte is the difference from the pixel on its left; up: from the pixel above.
    const sub = readPng(png(2, [[10, 20, 30, 5, 5, 5]], 1));
    expect([...sub.rgb]).toEqual([10, 20, 30, 15, 25, 35]);
    const up = readPng(
      png(
        1,
        [
          [10, 20, 30],
          [1, 2, 3],
        ],
        2,
      ),
    );
    expect([...up.rgb]).toEqual([10, 20, 30, 11, 22, 33]);
  });

  it('refuses what is no 8-bit RGB PNG, by name', () => {
    expect(() => readPng(Buffer.from('GIF89a and more bytes'))).toThrow(/not a PNG/);
    expect(() => readPng(png(1, [[0]], 0, 0))).toThrow(/colour type 0/);
  });
});
