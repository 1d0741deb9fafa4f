import { inflateSync } from 'node:zlib';

/** A decoded image: width, height and its pixels as RGB triples, row by row. */
export interface Pixels {
  width: number;
  height: number;
  /** Red, green and blue of pixel (x, y) at 3 * (y * width + x). */
  rgb: Uint8Array;
}

/** Bytes per pixel of the 8-bit colour types a browser's screenshot uses: RGB and RGBA. */
const CHANNELS: Record<number, number> = { 2: 3, 6: 4 };

/**
 * Reads an 8-bit, non-interlaced RGB or RGBA PNG, as Chromium writes its screenshots: enough to
 * ask what a screenshot shows, without a dependency. Other PNGs are refused by name.
 */
export function readPng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG: expected the PNG signature');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colour!] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`PNG of depth ${depth}, colour type ${colour}, interlace ${interlace}: expected 8-bit RGB(A)`);
      }
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const corner = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      rows[y * stride + x] = (line[x]! + predict(filter, left, up, corner)) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let pixel = 0; pixel < width * height; pixel++)
    rgb.set(rows.subarray(pixel * channels, pixel * channels + 3), pixel * 3);
  return { width, height, rgb };
}

function predict(filter: number, left: number, up: number, corner: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - corner;
      const [toLeft, toUp, toCorner] = [left, up, corner].map((value) => Math.abs(estimate - value));
      return toLeft! <= toUp! && toLeft! <= toCorner! ? left : toUp! <= toCorner! ? up : corner;
    }
    default:
      throw new Error(`PNG row filter ${filter}: expected 0 to 4`);
  }
}

/** Relative luminance (0 black … 1 white) of pixel (x, y), by the sRGB formula WCAG uses. */
export function luminanceAt(image: Pixels, x: number, y: number): number {
  const at = 3 * (y * image.width + x);
  const [r, g, b] = [...image.rgb.subarray(at, at + 3)].map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The share of pixels (0 … 1) whose colour differs from pixel (0, 0): how much the image shows. */
export function inkShare(image: Pixels): number {
  const [r, g, b] = image.rgb;
  let differing = 0;
  for (let at = 0; at < image.rgb.length; at += 3) {
    if (image.rgb[at] !== r || image.rgb[at + 1] !== g || image.rgb[at + 2] !== b) differing++;
  }
  return differing / (image.width * image.height);
}
