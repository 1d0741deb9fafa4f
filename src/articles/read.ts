import { readFileSync } from 'node:fs';

/**
 * An article's text, read strictly: a file that is not UTF-8 is refused at the line of its first
 * bad byte (a Latin-1 file would otherwise be published as "�" without a word), an empty file is
 * refused, and a UTF-8 byte order mark is dropped. CRLF line endings are Markdown's own business.
 */
export type SourceText = { text: string } | { problem: string; line: number; code: 'file-empty' | 'file-encoding' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || at + length > bytes.length) return at;
    for (let next = 1; next < length; next++) {
      if ((bytes[at + next]! & 0xc0) !== 0x80) return at;
    }
    // Overlong and surrogate forms TextDecoder also refuses.
    const second = bytes[at + 1] ?? 0;
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f)) return at;
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return at;
    at += length;
  }
  return -1;
}

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length === 0) return { code: 'file-empty', problem: 'empty file: expected an article', line: 1 };
  try {
    const text = strictUtf8.decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, Math.max(at, 0)).filter((byte) => byte === 0x0a).length + 1;
    const value = at >= 0 ? `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}` : 'a byte';
    return {
      code: 'file-encoding',
      problem: `not UTF-8: byte ${value} cannot start or continue a character; expected the file saved as UTF-8`,
      line,
    };
  }
}

export function readSource(file: string): SourceText {
  return decodeSource(readFileSync(file));
}
