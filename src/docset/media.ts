import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
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

/**
 * The size a `data:` image's header says, read from its first 24 bytes without decoding it: a PNG's
 * IHDR or a GIF's screen descriptor (the inline images articles carry are small icons of these two).
 */
export function inlineImageSize(uri: string): { width: number; height: number } | undefined {
  const base64 = /^data:image\/(?:png|gif);base64,([a-z0-9+/]{32})/i.exec(uri.trim())?.[1];
  if (base64 === undefined) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  const size =
    SIGNATURES['.png']!.test(bytes) && bytes.toString('latin1', 12, 16) === 'IHDR'
      ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
      : SIGNATURES['.gif']!.test(bytes)
        ? { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) }
        : undefined;
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

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

/** What the pages need to know of an image file: its size, and whether it is served converted. */
export interface ImageFacts {
  /** The file on this machine. */
  file: string;
  /** Its size in CSS pixels as shown (after any EXIF rotation): the `<img>`'s width and height. */
  width: number;
  height: number;
  /**
   * Served by Astro's image service as WebP, the file itself kept as the full-size view: a
   * screenshot or photo (PNG, JPEG, GIF) of a bounded size. WebP and AVIF are modern already;
   * an SVG is drawn at any size.
   */
  convert: boolean;
}

/** Formats converted to WebP; the others are published as they are. */
const CONVERTED = new Set(['.png', '.jpg', '.jpeg', '.gif']);
/** Formats whose size is read (by sharp, Astro's image library); a BMP or icon is shown without one. */
const MEASURED = new Set([...CONVERTED, '.webp', '.avif', '.svg']);
/**
 * Pixels (of every frame) above which an image is published as it is, not converted: decoding
 * takes 4 bytes a pixel, and no screenshot comes near 40 million.
 */
const MAX_CONVERTED_PIXELS = 40_000_000;
/** Files measured at once: sharp reads on libuv's thread pool, four at a time by default. */
const BATCH = 16;

/** The size of one image, or what is wrong with it. */
async function measure(file: string, extension: string): Promise<ImageFacts | { problem: string }> {
  try {
    const { width, height, pages = 1, autoOrient } = await sharp(file).metadata();
    const shown = autoOrient ?? { width, height };
    return {
      file,
      width: shown.width,
      height: shown.height,
      convert: CONVERTED.has(extension) && width * height * pages <= MAX_CONVERTED_PIXELS,
    };
  } catch (error) {
    return { problem: `not a readable image (${(error as Error).message.split('\n')[0]?.replace(/:\s*$/, '')})` };
  }
}

/** The media files of one folder, looked at once: what is wrong with some, the size of the others. */
export interface ScreenedMedia {
  /** Files that are not what their names say (relative paths): never published. */
  invalid: InvalidMedia[];
  /** The images' facts, by relative path. */
  images: Map<string, ImageFacts>;
}

/**
 * Looks at the media files of `folder` (relative paths): the first bytes of each image, then its
 * header, read as Astro's image service will read it, so a file it cannot read is refused here,
 * named, and never reaches a build that would stop on it.
 */
export async function screenMedia(folder: string, files: readonly string[]): Promise<ScreenedMedia> {
  const invalid: InvalidMedia[] = [];
  const images = new Map<string, ImageFacts>();
  const measured: string[] = [];
  for (const file of files) {
    const problem = imageFileProblem(path.join(folder, file));
    if (problem !== undefined) invalid.push({ file, problem });
    else if (MEASURED.has(path.extname(file).toLowerCase())) measured.push(file);
  }
  for (let start = 0; start < measured.length; start += BATCH) {
    const batch = measured.slice(start, start + BATCH);
    const facts = await Promise.all(
      batch.map((file) => measure(path.join(folder, file), path.extname(file).toLowerCase())),
    );
    batch.forEach((file, index) => {
      const fact = facts[index]!;
      if ('problem' in fact) invalid.push({ file, problem: fact.problem });
      else images.set(file, fact);
    });
  }
  return { invalid, images };
}
