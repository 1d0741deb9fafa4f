import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { InvalidMedia } from '../articles/link-targets.ts';

/**
 * Image files are published as they are and shown by the reader's browser, which trusts the
 * bytes, not the name: a text file named ".png" (a Git LFS pointer, a saved error page) or an
 * empty one would show as a broken image. Each is looked at here, by its first bytes, once.
 */

const JPEG = { name: 'a JPEG image', test: (head: Buffer) => head.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex')) };

/** The first bytes of each image format, by extension (lowercase, with the dot). */
const SIGNATURES: Readonly<Record<string, { name: string; test: (head: Buffer) => boolean }>> = {
  '.png': { name: 'a PNG image', test: (head) => head.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) },
  '.jpg': JPEG,
  '.jpeg': JPEG,
  '.gif': { name: 'a GIF image', test: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8' },
  '.webp': {
    name: 'a WebP image',
    test: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString() === 'WEBP',
  },
  '.avif': { name: 'an AVIF image', test: (head) => head.subarray(4, 8).toString('latin1') === 'ftyp' },
  '.bmp': { name: 'a BMP image', test: (head) => head.subarray(0, 2).toString('latin1') === 'BM' },
  '.ico': { name: 'an icon', test: (head) => head.subarray(0, 4).equals(Buffer.from('00000100', 'hex')) },
  // An SVG is text: an XML declaration, a comment or a doctype may come before <svg.
  '.svg': { name: 'an SVG image', test: (head) => /<svg[\s>]/i.test(head.toString('utf8')) },
};

/** Bytes read from each image: enough for every signature, and for an SVG's prologue. */
const HEAD_BYTES = 1024;

function head(file: string): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * What is wrong with an image file, or undefined when it is an image (or not named as one). An
 * image of another format than its name says (a PNG named ".gif") is still an image, and browsers
 * show it by its bytes: only bytes of no image format at all are refused.
 */
export function imageFileProblem(absolute: string): string | undefined {
  const signature = SIGNATURES[path.extname(absolute).toLowerCase()];
  if (signature === undefined) return undefined;
  const bytes = head(absolute);
  if (bytes.length === 0) return 'an empty file';
  return Object.values(SIGNATURES).some(({ test }) => test(bytes)) ? undefined : `not ${signature.name}`;
}

/** The media files of `folder` (relative paths) that are not what their names say. */
export function screenMedia(folder: string, files: readonly string[]): InvalidMedia[] {
  const invalid: InvalidMedia[] = [];
  for (const file of files) {
    const problem = imageFileProblem(path.join(folder, file));
    if (problem !== undefined) invalid.push({ file, problem });
  }
  return invalid;
}
