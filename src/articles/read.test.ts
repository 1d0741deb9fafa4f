import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidByte } from './read.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8, dropping a byte order mark and keeping CRLF line endings', () => {
    expect(decodeSource(utf8('\uFEFF---\r\ntitle: Čats\r\n---\r\n'))).toEqual({
      text: '---\r\ntitle: Čats\r\n---\r\n',
    });
  });

  it('refuses a Latin-1 file at the line of its first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('---\ntitle: x\n---\n'), 0x4c, 0x69, 0x63, 0x65, 0x6e, 0xe7, 0x75, 0x0a]);
    expect(decodeSource(latin1)).toEqual({
      code: 'file-encoding',
      problem: 'not UTF-8: byte 0xE7 cannot start or continue a character; expected the file saved as UTF-8',
      line: 4,
    });
  });

  it('refuses an empty file', () => {
    expect(decodeSource(new Uint8Array())).toEqual({
      code: 'file-empty',
      problem: 'empty file: expected an article',
      line: 1,
    });
  });

  it('finds the first invalid byte exactly, as the strict decoder judges', () => {
    for (const bytes of [
      [0x61, 0xc3, 0xa9],
      [0x61, 0xc3],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x80],
      [0xf0, 0x9f, 0x98, 0x80],
    ]) {
      const array = Uint8Array.from(bytes);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(array);
      } catch {
        valid = false;
      }
      expect(firstInvalidByte(array) === -1, bytes.join(',')).toBe(valid);
    }
  });
});
